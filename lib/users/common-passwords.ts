/**
 * Passwords that are long enough yet guessed first: lists of leaked passwords, keyboard walks, the
 * product's and the mission's own words. Compared after lower-casing and stripping digits and symbols,
 * so "Password-2024!" and "trialmonitor123" are caught too.
 */
export const COMMON_PASSWORD_WORDS: ReadonlySet<string> = new Set([
  "password", "passwort", "passw", "passe", "motdepasse", "fjalekalim", "fjalekalimi", "lozinka", "sifra",
  "qwerty", "qwertz", "qwertyuiop", "asdf", "asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "qazwsx", "qweasd",
  "abc", "abcd", "abcdef", "abcdefgh", "abcdefghijkl", "aaaaaa", "aaaaaaaaaaaa",
  "letmein", "welcome", "welcomehome", "admin", "administrator", "root", "user", "guest", "login", "master",
  "iloveyou", "sunshine", "princess", "dragon", "monkey", "football", "baseball", "superman", "batman",
  "trustno", "starwars", "whatever", "freedom", "shadow", "michael", "jennifer", "charlie", "mustang",
  "secret", "changeme", "changeit", "default", "temp", "temporary", "test", "testing", "demo", "demopassword",
  "trialmonitor", "trialmonitoring", "monitor", "monitoring", "osce", "osceomik", "omik", "kosovo", "kosova",
  "prishtina", "prishtine", "pristina", "prizren", "peja", "gjilan", "mitrovica", "ferizaj",
  "court", "courts", "gjykata", "sud", "justice", "drejtesia", "pravda", "mission", "misioni", "misija",
  "summer", "winter", "spring", "autumn", "january", "february", "march", "april", "june", "july", "august",
  "september", "october", "november", "december", "monday", "friday",
]);

/** Whole passwords seen often enough to refuse as they are (digits only or keyboard rows survive the stripping above). */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "123123123123", "121212121212", "112233445566", "123456654321", "1q2w3e4r5t6y", "1qaz2wsx3edc", "qwerty123456", "123456qwerty",
  "zaq12wsxcde3", "1q2w3e4r5t6y7u", "q1w2e3r4t5y6",
]);
