//! Names, languages and places of the region, for demo data. Spelling variants are kept as they
//! occur in registrations (Diallo/Jallow/Djaló, Mamadou/Mamadu), because that is what case
//! workers and the record-linkage engine meet every day.

/// Family names by country of return.
pub fn family_names(country: &str) -> &'static [&'static str] {
    match country {
        "SEN" => &[
            "Ndiaye", "Diop", "Fall", "Sarr", "Gueye", "Mbaye", "Faye", "Seck", "Diallo", "Sow",
            "Ba", "Cissé", "N'Diaye", "Thiam", "Kane",
        ],
        "GIN" => &[
            "Diallo", "Bah", "Barry", "Sow", "Camara", "Condé", "Soumah", "Baldé", "Keïta",
            "Touré", "Sylla", "Bangoura", "Kourouma",
        ],
        "MLI" => &[
            "Traoré",
            "Keïta",
            "Coulibaly",
            "Diarra",
            "Konaté",
            "Sissoko",
            "Touré",
            "Maïga",
            "Sidibé",
            "Dembélé",
            "Cissé",
            "Diakité",
            "Kanté",
        ],
        "CIV" => &[
            "Koné",
            "Kouassi",
            "Yao",
            "N'Guessan",
            "Bamba",
            "Ouattara",
            "Coulibaly",
            "Konan",
            "Kouadio",
            "Touré",
            "Diabaté",
        ],
        "NGA" => &[
            "Okafor", "Adeyemi", "Ibrahim", "Musa", "Bello", "Abubakar", "Okonkwo", "Eze",
            "Olawale", "Adebayo", "Nwosu", "Garba",
        ],
        "GMB" => &[
            "Jallow", "Ceesay", "Bah", "Touray", "Sanneh", "Jammeh", "Darboe", "Sowe", "Njie",
            "Jobe", "Camara", "Saidy",
        ],
        "GHA" => &[
            "Mensah", "Owusu", "Boateng", "Asante", "Osei", "Addo", "Appiah", "Agyemang", "Amoah",
            "Darko",
        ],
        "BFA" => &[
            "Ouédraogo",
            "Sawadogo",
            "Compaoré",
            "Kaboré",
            "Zongo",
            "Traoré",
            "Ilboudo",
            "Kaboré",
            "Nikiéma",
            "Zoungrana",
        ],
        "SLE" => &[
            "Kamara", "Sesay", "Kargbo", "Conteh", "Bangura", "Koroma", "Turay", "Jalloh",
            "Mansaray", "Fofanah",
        ],
        "LBR" => &[
            "Johnson",
            "Kollie",
            "Flomo",
            "Kamara",
            "Doe",
            "Weah",
            "Toe",
            "Kpoto",
            "Sirleaf",
            "Massaquoi",
        ],
        "NER" => &[
            "Moussa",
            "Issoufou",
            "Hamani",
            "Boubacar",
            "Abdou",
            "Mahamadou",
            "Ibrahim",
            "Oumarou",
            "Garba",
            "Souley",
            "Ag Alher",
        ],
        "CMR" => &[
            "Ngono", "Mbarga", "Atangana", "Fotso", "Kamga", "Nkoulou", "Tchoupo", "Abena",
        ],
        "GNB" => &[
            "Djaló", "Baldé", "Embaló", "Mané", "Sanhá", "Cá", "Indjai", "Sambú",
        ],
        "MRT" => &[
            "Ould Mohamed",
            "Mint Ahmed",
            "Ould Cheikh",
            "Sy",
            "Ba",
            "Kane",
            "Ould Abdallahi",
        ],
        "CPV" => &[
            "Tavares",
            "Monteiro",
            "Fernandes",
            "Semedo",
            "Lopes",
            "Gomes",
            "Varela",
        ],
        "TGO" => &[
            "Agbeko",
            "Kodjo",
            "Amegah",
            "Mensah",
            "Akakpo",
            "Gnassingbé",
        ],
        "BEN" => &[
            "Houngbo",
            "Dossou",
            "Agossou",
            "Hounkpatin",
            "Zinsou",
            "Adjovi",
        ],
        _ => &["Diallo", "Traoré", "Camara", "Touré"],
    }
}

/// Given names by country of return and sex (`true` = female).
pub fn given_names(country: &str, female: bool) -> &'static [&'static str] {
    match (country, female) {
        ("NGA", false) => &[
            "Chinedu",
            "Emeka",
            "Tunde",
            "Musa",
            "Ibrahim",
            "Sani",
            "Oluwaseun",
            "Uche",
            "Abubakar",
            "Yusuf",
        ],
        ("NGA", true) => &[
            "Ngozi",
            "Chioma",
            "Hauwa",
            "Zainab",
            "Blessing",
            "Aisha",
            "Funmilayo",
            "Amina",
        ],
        ("GHA", false) => &[
            "Kofi", "Kwame", "Kwabena", "Yaw", "Kojo", "Kwaku", "Emmanuel",
        ],
        ("GHA", true) => &["Adjoa", "Akua", "Ama", "Abena", "Efua", "Yaa"],
        ("LBR" | "SLE", false) => &[
            "Mohamed", "Abu", "Foday", "Joseph", "Alhaji", "Ibrahim", "Sorie", "Emmanuel",
        ],
        ("LBR" | "SLE", true) => &[
            "Fatmata",
            "Isatu",
            "Mariama",
            "Hawa",
            "Kadiatu",
            "Christiana",
        ],
        ("CPV" | "GNB", false) => &[
            "João", "António", "Mamadu", "Braima", "Carlos", "Sana", "Umaro",
        ],
        ("CPV" | "GNB", true) => &["Maria", "Fatumata", "Ana", "Aissatu", "Djenabu", "Isabel"],
        ("MRT", false) => &["Mohamed", "Ahmed", "Cheikh", "Sidi", "Moctar", "Abdallahi"],
        ("MRT", true) => &["Mariem", "Aïcha", "Fatimetou", "Khadijetou", "Lalla"],
        ("GMB", false) => &[
            "Lamin", "Modou", "Ebrima", "Alieu", "Omar", "Ousman", "Momodou", "Musa",
        ],
        ("GMB", true) => &["Isatou", "Fatou", "Mariama", "Awa", "Binta", "Haddy"],
        ("CMR", false) => &["Jean", "Paul", "Hervé", "Blaise", "Samuel", "Aboubakar"],
        ("CMR", true) => &["Marie", "Brigitte", "Clarisse", "Hadjara"],
        (_, false) => &[
            "Mamadou",
            "Ousmane",
            "Ibrahima",
            "Abdoulaye",
            "Moussa",
            "Amadou",
            "Seydou",
            "Cheikh",
            "Modou",
            "Lamine",
            "Souleymane",
            "Boubacar",
            "Alpha",
            "Sékou",
            "Issa",
            "Idrissa",
            "Mohamed",
            "Oumar",
            "Adama",
            "Yacouba",
            "Mamadou Lamine",
            "Mouhamed",
            "Mamoudou",
            "Usman",
            "Aliou",
        ],
        (_, true) => &[
            "Fatoumata",
            "Aïssatou",
            "Mariama",
            "Kadiatou",
            "Awa",
            "Fanta",
            "Aminata",
            "Binta",
            "Khady",
            "Ndeye",
            "Rokhaya",
            "Hawa",
            "Salimata",
            "Mariam",
            "Djeneba",
            "Oumou",
            "Ramatoulaye",
        ],
    }
}

/// Arabic-script forms of some names, as a person may write them.
pub fn arabic_form(name: &str) -> Option<&'static str> {
    Some(match name {
        "Mohamed" | "Mouhamed" => "محمد",
        "Ahmed" => "أحمد",
        "Cheikh" => "الشيخ",
        "Moussa" | "Musa" => "موسى",
        "Ibrahim" | "Ibrahima" => "إبراهيم",
        "Oumar" | "Omar" => "عمر",
        "Aïcha" => "عائشة",
        "Mariem" | "Mariam" => "مريم",
        "Ould Mohamed" => "ولد محمد",
        "Mint Ahmed" => "منت أحمد",
        "Abdallahi" => "عبد الله",
        "Issoufou" => "يوسف",
        _ => return None,
    })
}

/// Languages a person from the country is likely to speak (ISO 639), most likely first.
pub fn languages(country: &str) -> &'static [&'static str] {
    match country {
        "SEN" => &["wo", "fr", "ff"],
        "GIN" => &["ff", "fr", "sus", "man"],
        "MLI" => &["bm", "fr", "snk", "ff"],
        "CIV" => &["fr", "dyu", "bci"],
        "NGA" => &["en", "ha", "yo", "ig", "pcm"],
        "GMB" => &["en", "mnk", "wo", "ff"],
        "GHA" => &["en", "ak", "ee"],
        "BFA" => &["mos", "fr", "dyu"],
        "SLE" => &["en", "kri", "tem", "men"],
        "LBR" => &["en", "kpe"],
        "NER" => &["ha", "dje", "fr", "taq"],
        "CMR" => &["fr", "en", "ff"],
        "GNB" => &["pt", "pov", "ff"],
        "MRT" => &["ar", "ff", "fr"],
        "CPV" => &["pt", "kea"],
        "TGO" => &["fr", "ee"],
        "BEN" => &["fr", "fon", "yo"],
        _ => &["fr"],
    }
}

/// International dialling code.
pub fn dialling_code(country: &str) -> &'static str {
    match country {
        "SEN" => "221",
        "GIN" => "224",
        "MLI" => "223",
        "CIV" => "225",
        "NGA" => "234",
        "GMB" => "220",
        "GHA" => "233",
        "BFA" => "226",
        "SLE" => "232",
        "LBR" => "231",
        "NER" => "227",
        "CMR" => "237",
        "GNB" => "245",
        "MRT" => "222",
        "CPV" => "238",
        "TGO" => "228",
        "BEN" => "229",
        _ => "227",
    }
}

/// Regions (admin-1) of return with their P-codes, and a town in each.
pub fn regions(country: &str) -> &'static [(&'static str, &'static str, &'static str)] {
    match country {
        "SEN" => &[
            ("Dakar", "SN01", "Pikine"),
            ("Thiès", "SN07", "Mbour"),
            ("Kolda", "SN13", "Vélingara"),
            ("Tambacounda", "SN05", "Bakel"),
            ("Saint-Louis", "SN03", "Podor"),
        ],
        "GIN" => &[
            ("Conakry", "GN1", "Ratoma"),
            ("Labé", "GN6", "Labé"),
            ("Kankan", "GN4", "Siguiri"),
            ("Mamou", "GN7", "Pita"),
            ("Kindia", "GN5", "Kindia"),
        ],
        "MLI" => &[
            ("Kayes", "ML01", "Kayes"),
            ("Bamako", "ML09", "Bamako"),
            ("Sikasso", "ML03", "Sikasso"),
            ("Mopti", "ML05", "Mopti"),
            ("Ségou", "ML04", "San"),
        ],
        "CIV" => &[
            ("Abidjan", "CI01", "Abobo"),
            ("Haut-Sassandra", "CI10", "Daloa"),
            ("Gbêkê", "CI17", "Bouaké"),
        ],
        "NGA" => &[
            ("Edo", "NG012", "Benin City"),
            ("Lagos", "NG025", "Ikeja"),
            ("Kano", "NG020", "Kano"),
            ("Delta", "NG010", "Warri"),
        ],
        "GMB" => &[
            ("Banjul", "GM01", "Banjul"),
            ("West Coast", "GM05", "Brikama"),
            ("Upper River", "GM04", "Basse"),
        ],
        "GHA" => &[
            ("Bono East", "GH11", "Techiman"),
            ("Greater Accra", "GH07", "Accra"),
            ("Ashanti", "GH02", "Kumasi"),
        ],
        "BFA" => &[
            ("Centre", "BF13", "Ouagadougou"),
            ("Centre-Est", "BF51", "Tenkodogo"),
            ("Hauts-Bassins", "BF57", "Bobo-Dioulasso"),
        ],
        "SLE" => &[
            ("Western Area", "SL04", "Freetown"),
            ("Northern", "SL02", "Makeni"),
            ("Eastern", "SL01", "Kenema"),
        ],
        "LBR" => &[
            ("Montserrado", "LR11", "Monrovia"),
            ("Nimba", "LR12", "Ganta"),
        ],
        "NER" => &[
            ("Niamey", "NE008", "Niamey"),
            ("Zinder", "NE007", "Zinder"),
            ("Tahoua", "NE005", "Tahoua"),
            ("Agadez", "NE001", "Agadez"),
        ],
        "CMR" => &[
            ("Centre", "CM003", "Yaoundé"),
            ("Littoral", "CM005", "Douala"),
        ],
        "GNB" => &[("Bissau", "GW01", "Bissau"), ("Gabú", "GW05", "Gabú")],
        "MRT" => &[
            ("Nouakchott-Nord", "MR13", "Nouakchott"),
            ("Gorgol", "MR04", "Kaédi"),
        ],
        "CPV" => &[("Santiago", "CV01", "Praia")],
        "TGO" => &[("Maritime", "TG05", "Lomé")],
        "BEN" => &[("Littoral", "BJ08", "Cotonou")],
        _ => &[("Capital", "XX01", "Capital")],
    }
}
