//! Generates a synthetic population of registrations of West-African migrants, with ground
//! truth, for the record-linkage benchmark.
//!
//! `cargo run --release -p bayiri-linkage --example generate_population -- \
//!     --records 1000000 --seed 7 --out DIR`
//!
//! writes `DIR/population.csv` (the engine's default columns) and `DIR/truth.csv`
//! (`id,person_id`). Deterministic for a given seed.
//!
//! How it is made:
//! - persons are drawn by nationality (Guinea, Senegal, Mali, Niger, Gambia, Nigeria, Côte
//!   d'Ivoire, Burkina Faso, Guinea-Bissau, Ghana) with that country's family names, given names
//!   and towns, common names being far more common (Zipf-like weights), plus a long tail of
//!   rare names built from the region's syllables (35% of families, 10% of given names);
//! - persons come in households: siblings share family name, place, nationality and often the
//!   household phone; some households have **twins** (same date of birth and family name,
//!   different given names — Hassan/Housseini, Adama/Awa…): the traps;
//! - each person is registered 1–5 times (counsellor, consulate, border post, NGO); each
//!   registration is written by a different clerk with its own habits: respellings by
//!   orthography rules (French `ou`/English `u`, `dj`/`j`, `-ow`, doubled letters, diacritics),
//!   typos, Arabic script at the Tripoli consulate, swapped given/family names, dropped or
//!   joined compound given names, year-only or 1 January dates, day/month swaps, ±1 year, phone
//!   numbers in local or international form or changed, document numbers formatted differently
//!   or missing, missing values everywhere.
//!
//! The respelling rules are written here independently of the engine's variant table; they
//! overlap with it as real spelling habits overlap with any table built from them.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    /// Zipf-like choice: index i with weight 1/(i+1)^s.
    fn zipf<'a>(&mut self, items: &'a [&'a str], s: f64) -> &'a str {
        let total: f64 = (0..items.len())
            .map(|i| 1.0 / ((i + 1) as f64).powf(s))
            .sum();
        let mut x = (self.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
        for (i, item) in items.iter().enumerate() {
            x -= 1.0 / ((i + 1) as f64).powf(s);
            if x <= 0.0 {
                return item;
            }
        }
        items[items.len() - 1]
    }
}

struct Country {
    code: &'static str,
    share: f64,
    calling: &'static str,
    families: &'static [&'static str],
    towns: &'static [&'static str],
    /// Local names added to the shared Muslim given names (0 = none, Akan, Igbo/Yoruba…).
    men: &'static [&'static str],
    women: &'static [&'static str],
    muslim_share: f64,
}

const MEN_MUSLIM: &[&str] = &[
    "Mamadou",
    "Mohamed",
    "Ibrahima",
    "Ousmane",
    "Abdoulaye",
    "Moussa",
    "Amadou",
    "Boubacar",
    "Oumar",
    "Aliou",
    "Souleymane",
    "Cheikh",
    "Lamine",
    "Seydou",
    "Issa",
    "Adama",
    "Yacouba",
    "Sékou",
    "Idrissa",
    "Youssouf",
    "Abdourahmane",
    "Alpha",
    "Thierno",
    "Saliou",
    "Hamidou",
    "Kalidou",
    "Malick",
    "Assane",
    "Ousseynou",
    "Lassana",
    "Demba",
    "Samba",
    "Babacar",
    "Bassirou",
    "Ismaïla",
    "Yaya",
    "Boureima",
    "Harouna",
    "Fodé",
    "Mory",
    "Ansoumane",
    "Tidiane",
    "Karamoko",
    "Abdoul",
    "Modou",
    "Pape",
    "Salif",
    "Mahamadou",
    "Djibril",
    "Moustapha",
    "Alassane",
    "Bakary",
    "Daouda",
    "Ahmed",
    "Hassan",
    "Housseini",
    "Abdoulkader",
    "Nouhou",
    "Sidiki",
    "Bocar",
    "Elhadji",
    "Baba",
    "Madou",
    "Bailo",
    "Sadio",
    "Oury",
];
const WOMEN_MUSLIM: &[&str] = &[
    "Fatoumata",
    "Aminata",
    "Mariama",
    "Aïssatou",
    "Kadiatou",
    "Hawa",
    "Ramatoulaye",
    "Binta",
    "Oumou",
    "Salimata",
    "Ndèye",
    "Coumba",
    "Rokia",
    "Djénéba",
    "Nafissatou",
    "Halima",
    "Maïmouna",
    "Safiatou",
    "Fanta",
    "Adjara",
    "Sokhna",
    "Mariétou",
    "Assétou",
    "Habsatou",
    "Awa",
    "Fatou",
    "Aïcha",
    "Zeinab",
    "Khadija",
    "Hadiza",
    "Mariam",
    "Kadidia",
    "Néné",
    "Djamila",
    "Bintou",
    "Sira",
    "Dienaba",
    "Tenin",
];

const COUNTRIES: &[Country] = &[
    Country {
        code: "GIN",
        share: 0.20,
        calling: "224",
        families: &[
            "Diallo",
            "Barry",
            "Bah",
            "Sow",
            "Camara",
            "Keïta",
            "Condé",
            "Touré",
            "Sylla",
            "Bangoura",
            "Soumah",
            "Baldé",
            "Cissé",
            "Kourouma",
            "Doumbouya",
            "Fofana",
            "Kanté",
            "Konaté",
            "Traoré",
            "Kaba",
            "Sidibé",
            "Guilavogui",
            "Loua",
            "Haba",
            "Millimono",
        ],
        towns: &[
            "Conakry",
            "Labé",
            "Kankan",
            "Kindia",
            "Mamou",
            "Nzérékoré",
            "Boké",
            "Faranah",
            "Pita",
            "Dalaba",
            "Siguiri",
            "Kissidougou",
        ],
        men: &[],
        women: &[],
        muslim_share: 0.95,
    },
    Country {
        code: "SEN",
        share: 0.15,
        calling: "221",
        families: &[
            "Ndiaye", "Diop", "Fall", "Sow", "Gueye", "Faye", "Sarr", "Mbaye", "Ba", "Sy", "Diouf",
            "Seck", "Cissé", "Thiam", "Kane", "Ndour", "Niang", "Ngom", "Mbodj", "Dieng", "Sall",
            "Diallo", "Tall", "Badji", "Sané",
        ],
        towns: &[
            "Dakar",
            "Thiès",
            "Kaolack",
            "Touba",
            "Saint-Louis",
            "Ziguinchor",
            "Tambacounda",
            "Kolda",
            "Louga",
            "Mbour",
            "Diourbel",
            "Matam",
        ],
        men: &[],
        women: &[],
        muslim_share: 0.95,
    },
    Country {
        code: "MLI",
        share: 0.15,
        calling: "223",
        families: &[
            "Traoré",
            "Coulibaly",
            "Diarra",
            "Keïta",
            "Koné",
            "Sangaré",
            "Maïga",
            "Touré",
            "Dembélé",
            "Sidibé",
            "Diakité",
            "Konaté",
            "Doumbia",
            "Samaké",
            "Cissé",
            "Kanté",
            "Diallo",
            "Sissoko",
            "Camara",
            "Ballo",
            "Togola",
            "Bagayoko",
        ],
        towns: &[
            "Bamako",
            "Kayes",
            "Ségou",
            "Mopti",
            "Sikasso",
            "Gao",
            "Tombouctou",
            "Koutiala",
            "Kita",
            "Nioro du Sahel",
            "Diéma",
            "Yélimané",
        ],
        men: &[],
        women: &[],
        muslim_share: 0.95,
    },
    Country {
        code: "NER",
        share: 0.10,
        calling: "227",
        families: &[
            "Issoufou",
            "Moussa",
            "Abdou",
            "Hamani",
            "Mahamadou",
            "Oumarou",
            "Maïga",
            "Garba",
            "Souley",
            "Idrissa",
            "Boubacar",
            "Ibrahim",
            "Harouna",
            "Adamou",
            "Hassane",
            "Amadou",
            "Salissou",
            "Saidou",
            "Yacouba",
            "Abdoulaye",
        ],
        towns: &[
            "Niamey",
            "Zinder",
            "Maradi",
            "Agadez",
            "Tahoua",
            "Dosso",
            "Tillabéri",
            "Diffa",
            "Arlit",
            "Birni N'Konni",
        ],
        men: &["Mahaman", "Souley", "Salissou", "Issoufou", "Hamani"],
        women: &["Zalika", "Rabi", "Balkissa", "Hadiza"],
        muslim_share: 0.98,
    },
    Country {
        code: "GMB",
        share: 0.08,
        calling: "220",
        families: &[
            "Jallow", "Ceesay", "Touray", "Jammeh", "Sowe", "Bah", "Camara", "Njie", "Jobe",
            "Darboe", "Sanneh", "Manneh", "Bojang", "Colley", "Sonko", "Drammeh", "Fatty", "Saidy",
            "Badjie", "Jatta",
        ],
        towns: &[
            "Banjul",
            "Serekunda",
            "Brikama",
            "Bakau",
            "Farafenni",
            "Basse",
            "Soma",
            "Lamin",
            "Gunjur",
            "Kerewan",
        ],
        men: &[
            "Ebrima", "Lamin", "Modou", "Alieu", "Momodou", "Buba", "Omar",
        ],
        women: &["Isatou", "Mariama", "Fatou", "Kaddy", "Haddy"],
        muslim_share: 0.95,
    },
    Country {
        code: "NGA",
        share: 0.10,
        calling: "234",
        families: &[
            "Musa", "Bello", "Abubakar", "Okafor", "Okeke", "Adeyemi", "Ibrahim", "Usman",
            "Mohammed", "Yusuf", "Eze", "Nwosu", "Okonkwo", "Adebayo", "Olawale", "Sani", "Aliyu",
            "Danjuma", "Obi", "Chukwu",
        ],
        towns: &[
            "Lagos",
            "Kano",
            "Benin City",
            "Ibadan",
            "Abuja",
            "Kaduna",
            "Edo",
            "Enugu",
            "Port Harcourt",
            "Sokoto",
            "Katsina",
            "Onitsha",
        ],
        men: &[
            "Chinedu", "Emeka", "Tunde", "Musa", "Sani", "Aminu", "Abubakar", "Yusuf", "Godwin",
            "Samuel", "Blessing", "Friday", "Osagie", "Uche",
        ],
        women: &[
            "Ngozi", "Chioma", "Blessing", "Hauwa", "Aisha", "Amina", "Joy", "Precious", "Esther",
            "Osas", "Favour", "Zainab",
        ],
        muslim_share: 0.5,
    },
    Country {
        code: "CIV",
        share: 0.07,
        calling: "225",
        families: &[
            "Koné",
            "Ouattara",
            "Kouassi",
            "Kouamé",
            "Yao",
            "Konan",
            "Traoré",
            "Bamba",
            "Diabaté",
            "Coulibaly",
            "Touré",
            "Koffi",
            "N'Guessan",
            "Soro",
            "Doumbia",
            "Fofana",
            "Cissé",
            "Diomandé",
        ],
        towns: &[
            "Abidjan",
            "Bouaké",
            "Daloa",
            "Korhogo",
            "Yamoussoukro",
            "San-Pédro",
            "Man",
            "Gagnoa",
            "Divo",
            "Odienné",
        ],
        men: &[
            "Kouadio", "Yao", "Kouassi", "Konan", "Koffi", "Serge", "Jean", "Kouamé", "Arsène",
        ],
        women: &["Adjoua", "Amenan", "Affoué", "Akissi", "Aya", "Marie"],
        muslim_share: 0.5,
    },
    Country {
        code: "BFA",
        share: 0.06,
        calling: "226",
        families: &[
            "Ouédraogo",
            "Sawadogo",
            "Compaoré",
            "Zongo",
            "Kaboré",
            "Traoré",
            "Ouattara",
            "Sanou",
            "Kaboré",
            "Nikiema",
            "Zoungrana",
            "Sana",
            "Diallo",
            "Tapsoba",
            "Ilboudo",
        ],
        towns: &[
            "Ouagadougou",
            "Bobo-Dioulasso",
            "Koudougou",
            "Banfora",
            "Ouahigouya",
            "Kaya",
            "Tenkodogo",
            "Fada N'Gourma",
            "Dédougou",
        ],
        men: &[
            "Boukary",
            "Salam",
            "Issaka",
            "Inoussa",
            "Rasmané",
            "Souleymane",
        ],
        women: &["Awa", "Salamata", "Mariam", "Rasmata", "Aminata"],
        muslim_share: 0.6,
    },
    Country {
        code: "GNB",
        share: 0.04,
        calling: "245",
        families: &[
            "Djaló", "Baldé", "Embaló", "Sanhá", "Mendes", "Gomes", "Indjai", "Cassamá",
            "Da Silva", "Sané", "Camará", "Só", "Mané", "Sambú", "Seidi",
        ],
        towns: &[
            "Bissau",
            "Bafatá",
            "Gabú",
            "Cacheu",
            "Bolama",
            "Canchungo",
            "Farim",
            "Buba",
            "Catió",
        ],
        men: &[
            "João", "Mamadú", "Braima", "Umaro", "Aliu", "Bubacar", "Iaia", "Sajo",
        ],
        women: &["Maria", "Fatumata", "Aissatu", "Mariama", "Adama", "Binta"],
        muslim_share: 0.6,
    },
    Country {
        code: "GHA",
        share: 0.05,
        calling: "233",
        families: &[
            "Mensah", "Owusu", "Boateng", "Asante", "Osei", "Addo", "Agyeman", "Appiah", "Ofori",
            "Amoah", "Sulemana", "Issah", "Abdulai", "Yakubu", "Alhassan",
        ],
        towns: &[
            "Accra",
            "Kumasi",
            "Tamale",
            "Takoradi",
            "Techiman",
            "Sunyani",
            "Bolgatanga",
            "Wa",
            "Cape Coast",
            "Ho",
        ],
        men: &[
            "Kofi", "Kwame", "Kwabena", "Yaw", "Kwaku", "Kwesi", "Kojo", "Abdulai", "Issah",
            "Sulemana",
        ],
        women: &[
            "Ama", "Akosua", "Abena", "Adwoa", "Afia", "Akua", "Fuseina", "Memuna",
        ],
        muslim_share: 0.35,
    },
];

/// Syllables of the long tail: real populations have, besides the very common names, hundreds
/// of rarer family names per country, and some rare given names. Built from syllables common in
/// the region, they are rare by construction, as they are in life.
const SYLLABLES: &[&str] = &[
    "ba", "bo", "bou", "da", "dia", "dou", "fa", "fo", "ga", "gui", "ha", "ja", "ka", "ke", "ki",
    "ko", "kou", "la", "lo", "ma", "mba", "mo", "na", "nda", "ndi", "nia", "nya", "ra", "ri", "sa",
    "se", "si", "so", "sou", "ta", "te", "ti", "to", "tou", "wa", "ya", "za", "ye", "gbe",
];
const ENDINGS: &[&str] = &[
    "", "", "", "h", "né", "ré", "té", "ba", "ra", "go", "ko", "ye", "ma",
];

fn rare_name(rng: &mut Rng) -> String {
    let parts = 2 + rng.below(2);
    let mut s: String = (0..parts)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect();
    s.push_str(ENDINGS[rng.below(ENDINGS.len())]);
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => s,
    }
}

/// Twins' names, as families give them.
const TWIN_NAMES: &[(&str, &str, bool, bool)] = &[
    ("Hassan", "Housseini", false, false),
    ("Assane", "Ousseynou", false, false),
    ("Alassane", "Housseini", false, false),
    ("Adama", "Awa", false, true),
    ("Fatoumata", "Kadiatou", true, true),
    ("Awa", "Adama", true, false),
    ("Aminata", "Mariama", true, true),
    ("Alhousseini", "Alhassane", false, false),
];

/// Arabic spellings used at the Tripoli consulate (only for names written there in Arabic).
const ARABIC: &[(&str, &str)] = &[
    ("Mohamed", "محمد"),
    ("Mahamadou", "محمد"),
    ("Ahmed", "أحمد"),
    ("Oumar", "عمر"),
    ("Ousmane", "عثمان"),
    ("Ibrahima", "إبراهيم"),
    ("Moussa", "موسى"),
    ("Abdoulaye", "عبد الله"),
    ("Youssouf", "يوسف"),
    ("Aliou", "علي"),
    ("Souleymane", "سليمان"),
    ("Idrissa", "إدريس"),
    ("Issa", "عيسى"),
    ("Adama", "آدم"),
    ("Yacouba", "يعقوب"),
    ("Hassan", "حسن"),
    ("Housseini", "حسين"),
    ("Fatoumata", "فاطمة"),
    ("Aminata", "أمينة"),
    ("Mariama", "مريم"),
    ("Aïssatou", "عائشة"),
    ("Aïcha", "عائشة"),
    ("Kadiatou", "خديجة"),
    ("Khadija", "خديجة"),
    ("Hawa", "حواء"),
    ("Zeinab", "زينب"),
    ("Halima", "حليمة"),
    ("Diallo", "ديالو"),
    ("Traoré", "تراوري"),
    ("Touré", "توري"),
    ("Camara", "كامارا"),
    ("Keïta", "كيتا"),
    ("Cissé", "سيسي"),
    ("Barry", "باري"),
    ("Coulibaly", "كوليبالي"),
    ("Ibrahim", "إبراهيم"),
    ("Cheikh", "شيخ"),
    ("Malick", "مالك"),
    ("Moustapha", "مصطفى"),
    ("Yusuf", "يوسف"),
    ("Musa", "موسى"),
];

#[derive(Clone)]
struct Person {
    id: u32,
    given: Vec<String>,
    family: String,
    male: bool,
    year: u16,
    month: u8,
    day: u8,
    year_only: bool,
    country: usize,
    town: String,
    phone: Option<String>,
    document: Option<String>,
}

fn strip_accents(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'É' | 'È' => 'E',
            'à' | 'â' | 'á' => 'a',
            'ï' | 'î' | 'í' => 'i',
            'Ï' => 'I',
            'ó' | 'ô' | 'ò' => 'o',
            'ú' | 'ù' | 'û' => 'u',
            'ç' => 'c',
            'ã' => 'a',
            other => other,
        })
        .collect()
}

/// A clerk's respelling of a name part, by orthography habits.
fn respell(name: &str, rng: &mut Rng) -> String {
    let mut s = strip_accents(name);
    let rules: &[(&str, &str)] = &[
        ("ou", "u"),
        ("Ou", "U"),
        ("Dj", "J"),
        ("dj", "j"),
        ("Di", "J"),
        ("ch", "sh"),
        ("Ch", "Sh"),
        ("ss", "s"),
        ("y", "i"),
        ("ck", "k"),
        ("kh", "k"),
        ("ph", "f"),
        ("é", "e"),
        ("oh", "o"),
        ("aa", "a"),
    ];
    let mut changed = false;
    for _ in 0..2 {
        let (from, to) = rules[rng.below(rules.len())];
        if s.contains(from) {
            s = s.replacen(from, to, 1);
            changed = true;
        }
    }
    if !changed || rng.chance(0.3) {
        match rng.below(6) {
            0 if s.ends_with('o') => s.push('w'),
            1 if s.ends_with('e') && s.len() > 4 => {
                s.pop();
            }
            2 if s.ends_with('a') || s.ends_with('e') => s.push('h'),
            3 => {
                // double a consonant, or undouble one
                let b: Vec<char> = s.chars().collect();
                if let Some(i) = (1..b.len()).find(|&i| b[i] == b[i - 1]) {
                    s = b[..i].iter().chain(b[i + 1..].iter()).collect();
                } else if b.len() > 3 {
                    let i = 1 + rng.below(b.len() - 2);
                    if !"aeiou".contains(b[i]) {
                        s = b[..=i].iter().chain(b[i..].iter()).collect();
                    }
                }
            }
            4 if s.starts_with('N') && s.len() > 3 && !s[1..].starts_with('\'') => {
                s = format!("N'{}", &s[1..]);
            }
            _ => {
                if s.contains('e') {
                    s = s.replacen('e', "é", 1);
                }
            }
        }
    }
    s
}

/// A typing slip: substitution, deletion, insertion or transposition.
fn typo(name: &str, rng: &mut Rng) -> String {
    let mut c: Vec<char> = name.chars().collect();
    if c.len() < 3 {
        return name.to_string();
    }
    let i = 1 + rng.below(c.len() - 1);
    let letters: Vec<char> = "aeioumnrstdlkb".chars().collect();
    match rng.below(4) {
        0 => c[i] = letters[rng.below(letters.len())],
        1 => {
            c.remove(i);
        }
        2 => c.insert(i, letters[rng.below(letters.len())]),
        _ => {
            if i + 1 < c.len() {
                c.swap(i, i + 1);
            }
        }
    }
    c.into_iter().collect()
}

fn write_part(part: &str, arabic_site: bool, rng: &mut Rng) -> String {
    if arabic_site && let Some((_, ar)) = ARABIC.iter().find(|(l, _)| *l == part) {
        return ar.to_string();
    }
    let r = rng.below(100);
    let mut s = if r < 55 {
        part.to_string()
    } else if r < 70 {
        strip_accents(part)
    } else if r < 92 {
        respell(part, rng)
    } else {
        typo(&strip_accents(part), rng)
    };
    if rng.chance(0.15) {
        s = s.to_uppercase();
    }
    s
}

fn days_in(month: u8) -> u8 {
    match month {
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn new_person(id: u32, country: usize, family: &str, male: bool, rng: &mut Rng) -> Person {
    let c = &COUNTRIES[country];
    let given = pick_given(c, male, rng);
    let year = 1965 + (rng.below(20) + rng.below(25)) as u16;
    let month = 1 + rng.below(12) as u8;
    let day = 1 + rng.below(days_in(month) as usize) as u8;
    Person {
        id,
        given,
        family: family.to_string(),
        male,
        year,
        month,
        day,
        year_only: rng.chance(0.2),
        country,
        town: rng.zipf(c.towns, 0.8).to_string(),
        phone: rng.chance(0.75).then(|| phone_number(c, rng)),
        document: rng.chance(0.35).then(|| {
            format!(
                "{}{}{:07}",
                (b'A' + rng.below(26) as u8) as char,
                (b'A' + rng.below(26) as u8) as char,
                rng.below(10_000_000)
            )
        }),
    }
}

fn pick_given(c: &Country, male: bool, rng: &mut Rng) -> Vec<String> {
    let (muslim, local) = if male {
        (MEN_MUSLIM, c.men)
    } else {
        (WOMEN_MUSLIM, c.women)
    };
    let pick = |rng: &mut Rng| -> String {
        if rng.chance(0.1) {
            rare_name(rng)
        } else if local.is_empty() || rng.chance(c.muslim_share) {
            rng.zipf(muslim, 1.0).to_string()
        } else {
            rng.zipf(local, 0.8).to_string()
        }
    };
    let mut given = vec![pick(rng)];
    if rng.chance(0.3) {
        let second = pick(rng);
        if second != given[0] {
            given.push(second);
        }
    }
    given
}

fn phone_number(c: &Country, rng: &mut Rng) -> String {
    let national_len = if c.code == "NGA" { 10 } else { 8 };
    let mut digits = String::from("7");
    for _ in 1..national_len {
        digits.push((b'0' + rng.below(10) as u8) as char);
    }
    format!("{}{}", c.calling, digits)
}

/// One registration of a person, written by a clerk at a site.
fn register(p: &Person, rng: &mut Rng) -> [String; 8] {
    let c = &COUNTRIES[p.country];
    // Sites: counsellor in Agadez, consulate in Tripoli (Arabic script sometimes), border
    // post, NGO in the home region.
    let site = rng.below(4);
    let arabic_site = site == 1 && rng.chance(0.3);
    let mut given: Vec<String> = p.given.clone();
    if given.len() > 1 {
        match rng.below(20) {
            0..=5 => given.truncate(1),
            6 => {
                given.remove(0);
            }
            7 => given = vec![given.concat()],
            8 => given.reverse(),
            _ => {}
        }
    }
    let mut given_s = given
        .iter()
        .map(|g| write_part(g, arabic_site, rng))
        .collect::<Vec<_>>()
        .join(" ");
    let mut family_s = p
        .family
        .split(' ')
        .map(|f| write_part(f, arabic_site, rng))
        .collect::<Vec<_>>()
        .join(" ");
    if rng.chance(0.05) {
        std::mem::swap(&mut given_s, &mut family_s);
    }
    if rng.chance(0.02) {
        given_s.clear();
    }
    if rng.chance(0.01) {
        family_s.clear();
    }
    let sex = if rng.chance(0.03) {
        String::new()
    } else {
        let male = if rng.chance(0.01) { !p.male } else { p.male };
        match (male, rng.below(3)) {
            (true, 0) => "M".into(),
            (true, 1) => "m".into(),
            (true, _) => "M".into(),
            (false, 0) => "F".into(),
            (false, 1) => "f".into(),
            (false, _) => "F".into(),
        }
    };
    let dob = if rng.chance(0.02) {
        String::new()
    } else if p.year_only {
        let r = rng.below(100);
        if r < 78 {
            format!("{}", p.year)
        } else if r < 95 {
            format!("{}-01-01", p.year)
        } else {
            format!(
                "{}",
                if rng.chance(0.5) {
                    p.year + 1
                } else {
                    p.year - 1
                }
            )
        }
    } else {
        let (mut y, mut m, mut d) = (p.year, p.month, p.day);
        let r = rng.below(100);
        if r < 70 {
        } else if r < 80 {
            return finish(p, rng, given_s, family_s, sex, format!("{y}"), c);
        } else if r < 84 {
            return finish(p, rng, given_s, family_s, sex, format!("{y}-01-01"), c);
        } else if r < 89 && d <= 12 {
            std::mem::swap(&mut m, &mut d);
        } else if r < 93 {
            y = if rng.chance(0.5) { y + 1 } else { y - 1 };
        } else if r < 96 {
            d = 1 + rng.below(28) as u8;
        }
        if rng.chance(0.3) {
            format!("{d:02}/{m:02}/{y}")
        } else {
            format!("{y}-{m:02}-{d:02}")
        }
    };
    finish(p, rng, given_s, family_s, sex, dob, c)
}

fn finish(
    p: &Person,
    rng: &mut Rng,
    given: String,
    family: String,
    sex: String,
    dob: String,
    c: &Country,
) -> [String; 8] {
    let nationality = if rng.chance(0.05) {
        String::new()
    } else if rng.chance(0.03) {
        COUNTRIES[rng.below(COUNTRIES.len())].code.to_string()
    } else {
        c.code.to_string()
    };
    let town = if rng.chance(0.3) {
        String::new()
    } else if rng.chance(0.2) {
        respell(&p.town, rng)
    } else {
        p.town.clone()
    };
    let phone = match &p.phone {
        Some(number) if rng.chance(0.7) => {
            let number = if rng.chance(0.15) {
                phone_number(c, rng)
            } else if rng.chance(0.02) {
                typo(number, rng)
            } else {
                number.clone()
            };
            let national = &number[c.calling.len().min(number.len())..];
            match rng.below(4) {
                0 => format!("+{number}"),
                1 => format!("00{number}"),
                2 => {
                    let spaced: Vec<String> = national
                        .as_bytes()
                        .chunks(2)
                        .map(|ch| String::from_utf8_lossy(ch).into_owned())
                        .collect();
                    format!("+{} {}", c.calling, spaced.join(" "))
                }
                _ => {
                    if c.code == "NGA" || c.code == "GHA" {
                        format!("0{national}")
                    } else {
                        national.to_string()
                    }
                }
            }
        }
        _ => String::new(),
    };
    let document = match &p.document {
        Some(d) if rng.chance(0.5) => {
            let d = if rng.chance(0.02) {
                typo(d, rng)
            } else {
                d.clone()
            };
            match rng.below(3) {
                0 => d,
                1 => format!("{} {}", &d[..2], &d[2..]),
                _ => format!("{}-{}", &d[..2], &d[2..]).to_lowercase(),
            }
        }
        _ => String::new(),
    };
    [given, family, sex, dob, nationality, town, phone, document]
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn main() -> std::io::Result<()> {
    let mut records = 1_000_000usize;
    let mut seed = 7u64;
    let mut out = PathBuf::from("population");
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--records" => records = value.parse().unwrap_or(records),
            "--seed" => seed = value.parse().unwrap_or(seed),
            "--out" => out = PathBuf::from(value),
            other => {
                eprintln!("unknown argument {other}; usage: --records N --seed S --out DIR");
                std::process::exit(2);
            }
        }
        i += 2;
    }
    std::fs::create_dir_all(&out)?;
    let mut rng = Rng(seed);
    // Persons, household by household, then their registrations.
    let mut rows: Vec<(u32, [String; 8])> = Vec::with_capacity(records + 8);
    let mut next_person = 0u32;
    while rows.len() < records {
        let country = {
            let mut x = (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
            let mut chosen = COUNTRIES.len() - 1;
            for (k, c) in COUNTRIES.iter().enumerate() {
                x -= c.share;
                if x <= 0.0 {
                    chosen = k;
                    break;
                }
            }
            chosen
        };
        let c = &COUNTRIES[country];
        let family = if rng.chance(0.35) {
            rare_name(&mut rng)
        } else {
            rng.zipf(c.families, 0.9).to_string()
        };
        let mut household: Vec<Person> = Vec::new();
        let first = new_person(next_person, country, &family, rng.chance(0.7), &mut rng);
        next_person += 1;
        let household_phone = first.phone.clone();
        household.push(first.clone());
        let r = rng.below(100);
        let siblings = if r < 70 {
            0
        } else if r < 90 {
            1
        } else {
            2 + rng.below(3)
        };
        for _ in 0..siblings {
            let mut s = new_person(next_person, country, &family, rng.chance(0.6), &mut rng);
            next_person += 1;
            s.town = first.town.clone();
            s.year = first.year.saturating_add(1 + rng.below(6) as u16);
            if rng.chance(0.4) {
                s.phone = household_phone.clone();
            }
            household.push(s);
        }
        if rng.chance(0.06) {
            // Twins: same birth, same family, different given names.
            let (a, b, a_female, b_female) = TWIN_NAMES[rng.below(TWIN_NAMES.len())];
            let mut t1 = new_person(next_person, country, &family, !a_female, &mut rng);
            let mut t2 = t1.clone();
            t2.id = next_person + 1;
            next_person += 2;
            t1.given = vec![a.to_string()];
            t2.given = vec![b.to_string()];
            t2.male = !b_female;
            t2.document = None;
            if rng.chance(0.5) {
                t2.phone = t1.phone.clone();
            } else {
                t2.phone = rng.chance(0.7).then(|| phone_number(c, &mut rng));
            }
            household.push(t1);
            household.push(t2);
        }
        for p in &household {
            let r = rng.below(100);
            let registrations = if r < 60 {
                1
            } else if r < 85 {
                2
            } else if r < 95 {
                3
            } else if r < 99 {
                4
            } else {
                5
            };
            for _ in 0..registrations {
                rows.push((p.id, register(p, &mut rng)));
            }
        }
    }
    rows.truncate(records);
    // Registrations arrive in no particular order.
    for k in (1..rows.len()).rev() {
        let j = rng.below(k + 1);
        rows.swap(k, j);
    }
    let mut population =
        BufWriter::with_capacity(1 << 20, File::create(out.join("population.csv"))?);
    let mut truth = BufWriter::with_capacity(1 << 20, File::create(out.join("truth.csv"))?);
    writeln!(
        population,
        "id,given_names,family_name,sex,date_of_birth,nationality,place_of_birth,phone,document_number"
    )?;
    writeln!(truth, "id,person_id")?;
    for (n, (person, fields)) in rows.iter().enumerate() {
        let id = format!("R{:07}", n + 1);
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        writeln!(population, "{id},{}", line.join(","))?;
        writeln!(truth, "{id},P{person:07}")?;
    }
    population.flush()?;
    truth.flush()?;
    eprintln!(
        "{} registrations of {} persons written to {}",
        rows.len(),
        next_person,
        out.display()
    );
    Ok(())
}
