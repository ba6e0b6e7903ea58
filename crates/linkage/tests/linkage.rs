//! Integration tests of the linkage engine: properties (proptest) and accuracy on small
//! labelled sets of the region's names. One test binary, several modules.

use std::sync::OnceLock;

use bayiri_linkage::compare::compare;
use bayiri_linkage::engine::{Config, Dataset, Progress, dedupe, train};
use bayiri_linkage::record::{Record, fold_record, intern_record, tf_values};
use bayiri_linkage::scoring::{Scorer, tf_weights};
use bayiri_linkage::{Decision, LinkageIndex, Model};

fn record(id: &str, given: &str, family: &str, sex: &str, dob: &str, nat: &str) -> Record {
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Record {
        id: id.into(),
        given_names: opt(given),
        family_name: opt(family),
        sex: opt(sex),
        date_of_birth: opt(dob),
        nationality: opt(nat),
        ..Record::default()
    }
}

const GIVEN_M: &[&str] = &[
    "Ibrahima",
    "Ousmane",
    "Abdoulaye",
    "Moussa",
    "Amadou",
    "Boubacar",
    "Oumar",
    "Aliou",
    "Seydou",
    "Issa",
    "Lamine",
    "Cheikh",
    "Souleymane",
    "Yacouba",
    "Idrissa",
    "Modou",
    "Kalidou",
    "Salif",
];
const GIVEN_F: &[&str] = &[
    "Fatoumata",
    "Aminata",
    "Mariama",
    "Aissatou",
    "Kadiatou",
    "Hawa",
    "Binta",
    "Oumou",
    "Coumba",
    "Rokia",
    "Halima",
    "Maimouna",
    "Safiatou",
    "Fanta",
    "Nafissatou",
    "Salimata",
];
const FAMILY: &[&str] = &[
    "Barry",
    "Bah",
    "Sow",
    "Camara",
    "Keita",
    "Conde",
    "Toure",
    "Sylla",
    "Traore",
    "Coulibaly",
    "Diarra",
    "Kone",
    "Sangare",
    "Maiga",
    "Fall",
    "Gueye",
    "Faye",
    "Sarr",
    "Mbaye",
    "Diop",
    "Ceesay",
    "Sanneh",
    "Ouedraogo",
    "Sawadogo",
    "Mensah",
    "Owusu",
    "Bello",
    "Okafor",
    "Sidibe",
    "Doumbia",
];
const NATIONS: &[&str] = &["GIN", "SEN", "MLI", "NER", "GMB", "NGA", "CIV", "BFA"];

/// A background population (deterministic): persons, a fifth of them registered twice with a
/// clerk's variation, so that `u`, `m`, term frequencies and the prior can be estimated.
fn background(n: usize) -> Vec<Record> {
    let persons = persons(n * 5 / 6);
    let mut all = persons.clone();
    for (k, p) in persons
        .iter()
        .enumerate()
        .filter(|(k, _)| k % 5 == 0)
        .map(|(k, p)| (k, p.clone()))
    {
        let mut d = p;
        d.id = format!("{}-again", d.id);
        match k % 4 {
            0 => d.date_of_birth = d.date_of_birth.map(|x| x[..4].to_string()),
            1 => d.given_names = d.given_names.map(|g| g.to_uppercase()),
            2 => d.family_name = d.family_name.map(|f| format!("{f}h")),
            _ => d.phone = None,
        }
        all.push(d);
    }
    all
}

fn persons(n: usize) -> Vec<Record> {
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |m: usize| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % m as u64) as usize
    };
    (0..n)
        .map(|i| {
            let female = next(2) == 0;
            let given = if female {
                GIVEN_F[next(GIVEN_F.len())]
            } else {
                GIVEN_M[next(GIVEN_M.len())]
            };
            let dob = format!(
                "{}-{:02}-{:02}",
                1965 + next(40),
                1 + next(12),
                1 + next(28)
            );
            let phone = (next(3) > 0).then(|| format!("+224 6{:08}", next(100_000_000)));
            let document = (next(3) == 0).then(|| format!("B{:07}", next(10_000_000)));
            let mut r = record(
                &format!("bg{i}"),
                given,
                FAMILY[next(FAMILY.len())],
                if female { "F" } else { "M" },
                &dob,
                NATIONS[next(NATIONS.len())],
            );
            r.phone = phone;
            r.document_number = document;
            r
        })
        .collect()
}

fn quiet(_: Progress) {}

fn test_config() -> Config {
    Config {
        u_sample_pairs: 200_000,
        em_pairs_per_session: 100_000,
        ..Config::default()
    }
}

/// Runs deduplication over the background plus `labelled`, and returns for each labelled
/// pair (by id) the decision and whether they share a cluster.
fn run(labelled: &[Record]) -> impl Fn(&str, &str) -> (Decision, bool, f64) + use<> {
    let mut all = background(1500);
    all.extend_from_slice(labelled);
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    let mut dataset = Dataset::new(0);
    dataset.add_batch(&all, 0);
    let outcome = dedupe(dataset, &test_config(), &quiet);
    move |a: &str, b: &str| {
        let ia = ids.iter().position(|x| x == a).expect("known id") as u32;
        let ib = ids.iter().position(|x| x == b).expect("known id") as u32;
        let same_cluster = outcome.clusters[ia as usize] == outcome.clusters[ib as usize];
        let pair = outcome.pairs.iter().find(|p| {
            (p.left, p.right) == (ia.min(ib), ia.max(ib)) || (p.left, p.right) == (ib, ia)
        });
        match pair {
            Some(p) => (
                p.decision,
                same_cluster,
                outcome.explain(p).match_probability,
            ),
            None => (Decision::Distinct, same_cluster, 0.0),
        }
    }
}

mod regional_names {
    use super::*;

    fn labelled() -> Vec<Record> {
        let mut r = vec![
            // Spelling variants of one man, registered four times.
            record("mamadou-1", "Mamadou", "Diallo", "M", "1990-05-17", "GIN"),
            record("mamadou-2", "Mamadu", "Jallow", "M", "1990-05-17", "GIN"),
            record("mamadou-3", "Mamoudou", "Djaló", "M", "17/05/1990", "GIN"),
            // First and family names swapped, year only.
            record("mamadou-4", "Diallo", "Mamadou", "M", "1990", "GIN"),
            // Ousmane / Usman, N'Diaye / Ndiaye, day and month swapped.
            record("ousmane-1", "Ousmane", "N'Diaye", "M", "1988-03-07", "SEN"),
            record("ousmane-2", "Usman", "Ndiaye", "M", "1988-07-03", "SEN"),
            // Mohamed / Mouhamed / Muhammad, and Arabic script at the consulate.
            record("mohamed-1", "Mohamed", "Cisse", "M", "1979-11-02", "MLI"),
            record("mohamed-2", "Mouhamed", "Cissé", "M", "1979-11-02", "MLI"),
            record("mohamed-3", "Muhammad", "Cisse", "M", "1980-11-02", "MLI"),
            record("mohamed-4", "محمد", "سيسي", "M", "1979-11-02", "MLI"),
            // Twins: same family name, same birth, different given names — never one person.
            record("twin-a", "Hassan", "Konate", "M", "2001-09-14", "GIN"),
            record("twin-b", "Housseini", "Konate", "M", "2001-09-14", "GIN"),
            record("twin-c", "Adama", "Sane", "M", "1999-02-02", "SEN"),
            record("twin-d", "Awa", "Sane", "F", "1999-02-02", "SEN"),
        ];
        for x in r.iter_mut().filter(|x| x.id.starts_with("mohamed")) {
            x.phone = Some("+223 76 12 34 56".into());
        }
        for x in r.iter_mut().filter(|x| x.id.starts_with("twin")) {
            // Twins share the household phone: more reason to be careful.
            x.phone = Some("+224 620 00 11 22".into());
        }
        r
    }

    #[test]
    fn variants_swaps_and_scripts_link_and_twins_do_not() {
        let labelled = labelled();
        let check = run(&labelled);
        for (a, b) in [
            ("mamadou-1", "mamadou-2"),
            ("mamadou-1", "mamadou-3"),
            ("mamadou-2", "mamadou-3"),
            ("ousmane-1", "ousmane-2"),
            ("mohamed-1", "mohamed-2"),
            ("mohamed-1", "mohamed-3"),
            ("mohamed-1", "mohamed-4"),
        ] {
            let (decision, same, p) = check(a, b);
            assert_eq!(decision, Decision::Link, "{a} / {b}: p = {p}");
            assert!(same, "{a} / {b} should share a cluster");
        }
        let (_, same, p) = check("mamadou-1", "mamadou-4");
        assert!(
            same,
            "swapped names with year only should join the cluster (p = {p})"
        );
        for (a, b) in [("twin-a", "twin-b"), ("twin-c", "twin-d")] {
            let (decision, same, p) = check(a, b);
            assert_ne!(decision, Decision::Link, "twins {a} / {b} linked (p = {p})");
            assert!(!same, "twins {a} / {b} in one cluster");
        }
    }

    #[test]
    fn a_common_name_weighs_less_than_a_rare_one() {
        let mut labelled = vec![
            record("common-1", "Fatoumata", "Barry", "F", "1991", "GIN"),
            record("common-2", "Fatoumata", "Barry", "F", "1991", "GIN"),
            record("rare-1", "Zalika", "Guilavogui", "F", "1991", "GIN"),
            record("rare-2", "Zalika", "Guilavogui", "F", "1991", "GIN"),
        ];
        // Make Barry and Fatoumata common in this file.
        for i in 0..60 {
            labelled.push(record(
                &format!("barry{i}"),
                "Fatoumata",
                "Barry",
                "F",
                &format!("{}-02-03", 1960 + i),
                "GIN",
            ));
        }
        let check = run(&labelled);
        let (_, _, common) = check("common-1", "common-2");
        let (_, _, rare) = check("rare-1", "rare-2");
        assert!(rare > common, "rare {rare} should beat common {common}");
    }
}

/// A model trained once on the background, for the property tests.
fn model() -> &'static (Model, f64) {
    static MODEL: OnceLock<(Model, f64)> = OnceLock::new();
    MODEL.get_or_init(|| {
        let mut dataset = Dataset::new(0);
        dataset.add_batch(&background(800), 0);
        let (model, _, report) = train(&mut dataset, &test_config(), &quiet);
        (model, report.prior)
    })
}

mod properties {
    use bayiri_linkage::names::{Vocabulary, phonetic_key};
    use bayiri_linkage::normalise::fold;
    use bayiri_linkage::record::TermFrequencies;
    use proptest::prelude::*;

    use super::*;

    fn name_strategy() -> impl Strategy<Value = String> {
        let pool: Vec<&'static str> = GIVEN_M
            .iter()
            .chain(GIVEN_F)
            .chain(FAMILY)
            .copied()
            .chain([
                "Mamadou", "Mamadu", "Djaló", "Jallow", "N'Diaye", "محمد", "Usman", "Ould", "",
            ])
            .collect();
        prop_oneof![
            3 => proptest::sample::select(pool),
            1 => "[a-zA-Zéèïô' -]{0,14}".prop_map(|s| s.to_string()).prop_map(|s| Box::leak(s.into_boxed_str()) as &'static str),
        ]
        .prop_map(|s| s.to_string())
    }

    fn record_strategy() -> impl Strategy<Value = Record> {
        (
            name_strategy(),
            name_strategy(),
            prop_oneof![Just(""), Just("M"), Just("F")],
            prop_oneof![
                Just("".to_string()),
                (1960u16..2005).prop_map(|y| y.to_string()),
                (1960u16..2005, 1u8..13, 1u8..29)
                    .prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
            ],
            prop_oneof![Just(""), Just("GIN"), Just("SEN"), Just("MLI")],
            prop_oneof![
                Just(None),
                Just(Some("+224 620 12 34 56".to_string())),
                Just(Some("620123457".to_string()))
            ],
            prop_oneof![
                Just(None),
                Just(Some("A1234567".to_string())),
                Just(Some("A1234576".to_string()))
            ],
        )
            .prop_map(|(g, f, s, d, n, phone, doc)| {
                let mut r = record("p", &g, &f, s, &d, n);
                r.phone = phone;
                r.document_number = doc;
                r
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

        #[test]
        fn folding_is_idempotent(s in any::<String>()) {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once);
        }

        #[test]
        fn phonetic_key_is_stable_under_folding(s in "[a-zA-Zéèàïôç' -]{0,20}") {
            let folded = fold(&s);
            prop_assert_eq!(phonetic_key(&folded), phonetic_key(&fold(&folded)));
        }

        #[test]
        fn scores_are_symmetric_and_explanations_add_up(a in record_strategy(), b in record_strategy()) {
            let (model, prior) = model();
            let scorer = Scorer::new(model, *prior);
            let mut vocab = Vocabulary::new();
            let pa = intern_record(fold_record(&a), 0, &mut vocab);
            let pb = intern_record(fold_record(&b), 0, &mut vocab);
            let mut tf = TermFrequencies::new();
            let (va, vb) = (tf_values(&pa, &vocab), tf_values(&pb, &vocab));
            tf.add(&va);
            tf.add(&vb);
            let (ta, tb) = (tf_weights(&tf.frequencies(&va)), tf_weights(&tf.frequencies(&vb)));
            let ab = compare(&pa, &pb, &vocab, 0);
            let ba = compare(&pb, &pa, &vocab, 0);
            prop_assert_eq!(ab.levels, ba.levels);
            let w_ab = scorer.weight(&ab, &ta, &tb);
            let w_ba = scorer.weight(&ba, &tb, &ta);
            prop_assert!((w_ab - w_ba).abs() < 1e-4, "{} vs {}", w_ab, w_ba);
            let explained: f64 = f64::from(scorer.prior_weight)
                + scorer.contributions(&ab, &ta, &tb).iter().map(|c| c.weight).sum::<f64>();
            prop_assert!((explained - f64::from(w_ab)).abs() < 1e-3, "{} vs {}", explained, w_ab);
            for c in scorer.contributions(&ab, &ta, &tb) {
                prop_assert!((c.base_weight + c.tf_adjustment - c.weight).abs() < 1e-6);
            }
        }
    }
}

mod index {
    use super::*;

    #[test]
    fn registration_check_finds_the_stored_person_with_reasons() {
        let (model, _) = model();
        let mut index = LinkageIndex::new(model.clone(), test_config());
        for r in background(800) {
            index.add(&r);
        }
        let mut stored = record("stored", "Aïssatou", "Bâ", "F", "1993-04-21", "GIN");
        stored.phone = Some("+224 622 33 44 55".into());
        index.add(&stored);
        let mut query = record("new", "Aissatou", "Bah", "F", "1993", "GIN");
        query.phone = Some("622334455".into());
        let candidates = index.candidates(&query);
        let first = candidates.first().expect("a candidate");
        assert_eq!(first.id, "stored");
        assert_eq!(first.explanation.decision, Decision::Link);
        let sum: f64 = first.explanation.prior_weight
            + first
                .explanation
                .fields
                .iter()
                .map(|c| c.weight)
                .sum::<f64>();
        assert!((sum - first.match_weight).abs() < 1e-6);
        assert!(first.explanation.summary().contains("phone"));
        // The query was not stored.
        assert_eq!(index.len(), 801);
    }

    /// A new deployment holds a handful of persons: the prior counts the population floor,
    /// not the few stored, and no term-frequency adjustment is made from them.
    #[test]
    fn a_small_index_scores_against_the_population_floor() {
        let (model, _) = model();
        let stored = record("stored", "Ousmane", "Ndiaye", "M", "1990-02-03", "SEN");
        let other = record("other", "Awa", "Sow", "F", "1985-07-07", "SEN");
        let query = record("new", "Usman", "N'Diaye", "M", "1990-02-03", "SEN");
        let mut bare = LinkageIndex::new(model.clone(), test_config());
        let mut floored =
            LinkageIndex::new(model.clone(), test_config()).with_population_floor(10_000);
        for r in [&stored, &other] {
            bare.add(r);
            floored.add(r);
        }
        let prior = |index: &LinkageIndex| {
            index
                .candidates(&query)
                .first()
                .map(|c| c.explanation.prior_weight)
        };
        let floored_prior = prior(&floored).expect("still proposed");
        assert!(
            (floored_prior - model.prior_for(10_000).log2()
                + (1.0 - model.prior_for(10_000)).log2())
            .abs()
                < 1e-6,
            "prior of {floored_prior} bits"
        );
        assert!(prior(&bare).is_some_and(|p| p > floored_prior));
        let first = floored.candidates(&query);
        assert!(
            first[0]
                .explanation
                .fields
                .iter()
                .all(|c| c.tf_adjustment == 0.0),
            "no term frequencies from two records"
        );
    }
}
