"""Runs Splink (DuckDB backend) as its documentation recommends, on the same inputs as Bayiri.

Modes:
  febrl3 DIR     deduplicate FEBRL3 (settings of Splink's own febrl3 example)
  febrl4 DIR     link FEBRL4 A and B (settings of Splink's own febrl4 example, detailed model)
  generated CSV DIR
                 deduplicate a generated population, configured like Splink's
                 "deduplicate_50k_synthetic" example (multiple blocking rules,
                 ForenameSurnameComparison with term frequencies, DateOfBirthComparison,
                 random-sampling u with max_pairs=1e7, two EM sessions, prior from
                 deterministic rules), after the usual cleaning (lower case, accents removed,
                 dates to ISO, phone digits, document letters and digits).

Writes DIR/splink_pairs.csv (id_l,id_r,match_probability) for every pair predicted at
match probability >= 0.5, and DIR/splink_clusters.csv (id,cluster_id) at the link threshold.
The whole process (reading, cleaning, training, predicting, clustering, writing) is what
run.sh times and measures with /usr/bin/time.
"""

import os
import re
import sys
import time
import unicodedata

import duckdb
import pandas as pd
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

THRESHOLD = float(os.environ.get("LINK_THRESHOLD", "0.9"))


def febrl_frame(path):
    df = pd.read_csv(path, dtype=str, skipinitialspace=True)
    df.columns = [c.strip() for c in df.columns]
    for c in df.columns:
        df[c] = df[c].str.strip()
    df["cluster"] = df["rec_id"].str.extract(r"^([^-]+-[^-]+)")[0]
    return df


def write_outputs(linker, predictions, out_dir, id_col, link=False):
    pairs = predictions.as_pandas_dataframe()
    left, right = f"{id_col}_l", f"{id_col}_r"
    pairs = pairs[[left, right, "match_probability"]].rename(columns={left: "id_l", right: "id_r"})
    pairs.to_csv(os.path.join(out_dir, "splink_pairs.csv"), index=False)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=THRESHOLD
    ).as_pandas_dataframe()
    clusters = clusters[[id_col, "cluster_id"]].rename(columns={id_col: "id"})
    clusters.to_csv(os.path.join(out_dir, "splink_clusters.csv"), index=False)


def run_febrl3(data_dir, out_dir):
    df = febrl_frame(os.path.join(data_dir, "dataset3.csv"))
    db_api = DuckDBAPI()
    blocking_rules = [
        block_on("soc_sec_id"),
        block_on("given_name"),
        block_on("surname"),
        block_on("date_of_birth"),
        block_on("postcode"),
    ]
    settings = SettingsCreator(
        unique_id_column_name="rec_id",
        link_type="dedupe_only",
        blocking_rules_to_generate_predictions=blocking_rules,
        comparisons=[
            cl.NameComparison("given_name"),
            cl.NameComparison("surname"),
            cl.DateOfBirthComparison("date_of_birth", input_is_string=True, datetime_format="%Y%m%d"),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.ExactMatch("postcode").configure(term_frequency_adjustments=True),
        ],
        retain_intermediate_calculation_columns=True,
    )
    linker = Linker(db_api.register(df), settings)
    linker.training.estimate_probability_two_random_records_match(
        [
            block_on("soc_sec_id"),
            block_on("given_name", "surname", "date_of_birth"),
            "l.given_name = r.surname and l.surname = r.given_name and l.date_of_birth = r.date_of_birth",
        ],
        recall=0.9,
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=2)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("date_of_birth"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("postcode"))
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    write_outputs(linker, predictions, out_dir, "rec_id")


def run_febrl4(data_dir, out_dir):
    dfs = []
    for name in ["dataset4a.csv", "dataset4b.csv"]:
        dfs.append(febrl_frame(os.path.join(data_dir, name)))
    db_api = DuckDBAPI()
    blocking_rules = [
        block_on("given_name", "surname"),
        "l.given_name = r.surname and l.surname = r.given_name",
        block_on("date_of_birth"),
        block_on("soc_sec_id"),
        block_on("state", "address_1"),
        block_on("street_number", "address_1"),
        block_on("postcode"),
    ]
    settings = SettingsCreator(
        unique_id_column_name="rec_id",
        link_type="link_only",
        blocking_rules_to_generate_predictions=blocking_rules,
        comparisons=[
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison(
                "date_of_birth", input_is_string=True, datetime_format="%Y%m%d", invalid_dates_as_null=True
            ),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [1, 2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]).configure(term_frequency_adjustments=True),
        ],
        retain_intermediate_calculation_columns=True,
    )
    linker = Linker([db_api.register(d) for d in dfs], settings)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("soc_sec_id"), block_on("given_name", "surname", "date_of_birth")], recall=0.8
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("date_of_birth"), estimate_without_term_frequencies=True
    )
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("postcode"), estimate_without_term_frequencies=True
    )
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    write_outputs(linker, predictions, out_dir, "rec_id", link=True)


def clean_text(s):
    if s is None or (isinstance(s, float)) or s == "":
        return None
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^\w\s]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s or None


def clean_dob(s):
    """ISO date; a year alone becomes 1 January of that year (Splink's date comparisons need a
    date; this is also what clerks do)."""
    if not isinstance(s, str) or not s.strip():
        return None
    s = s.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return s
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if m:
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        return f"{s}-01-01"
    return None


def blocking_date(iso):
    """The date for blocking rules: only a full, real date. A year alone (turned into 1 January
    for the comparison) or a 1 January placeholder would put every person born that year with
    the same name in one block: hundreds of millions of pairs on a million records."""
    if iso is None or iso.endswith("-01-01"):
        return None
    return iso


def clean_phone(s):
    if not isinstance(s, str):
        return None
    digits = re.sub(r"\D", "", s)
    return digits[-8:] if len(digits) >= 8 else None


def clean_doc(s):
    if not isinstance(s, str):
        return None
    d = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    return d or None


def run_generated(csv_path, out_dir):
    df = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    df["given_names"] = [clean_text(x) for x in df["given_names"]]
    df["family_name"] = [clean_text(x) for x in df["family_name"]]
    df["place_of_birth"] = [clean_text(x) for x in df["place_of_birth"]]
    df["dob"] = [clean_dob(x) for x in df["date_of_birth"]]
    df["dob_block"] = [blocking_date(x) for x in df["dob"]]
    df["birth_year"] = [x[:4] if x else None for x in df["dob"]]
    df["sex"] = [x.upper() if x else None for x in df["sex"]]
    df["nationality"] = [x if x else None for x in df["nationality"]]
    df["phone"] = [clean_phone(x) for x in df["phone"]]
    df["document_number"] = [clean_doc(x) for x in df["document_number"]]
    df = df.drop(columns=["date_of_birth"])
    # DuckDB's default memory limit is 80% of the machine; the machine is shared, so it is
    # capped (DuckDB spills to disk beyond it). Same for every run.
    con = duckdb.connect(
        config={
            "memory_limit": os.environ.get("SPLINK_MEMORY_LIMIT", "16GB"),
            "temp_directory": os.path.join(out_dir, "duckdb_tmp"),
        }
    )
    db_api = DuckDBAPI(connection=con)
    rel = con.from_df(df).project(
        "*, given_names || ' ' || family_name as given_family_concat"
    )
    # The rules of Splink's 50k example, each narrowed by the birth year or the date where it
    # would otherwise create hundreds of millions of comparisons on a million records with
    # names as common as Mamadou Diallo (Splink's docs advise keeping the comparison count
    # manageable: blocking_analysis.count_comparisons_from_blocking_rule).
    blocking_rules = [
        block_on("substr(given_names,1,3)", "substr(family_name,1,4)", "birth_year"),
        block_on("family_name", "dob_block"),
        block_on("given_names", "dob_block"),
        block_on("phone"),
        block_on("document_number"),
        block_on("dob_block", "place_of_birth"),
        block_on("given_names", "family_name", "place_of_birth"),
    ]
    settings = SettingsCreator(
        unique_id_column_name="id",
        link_type="dedupe_only",
        blocking_rules_to_generate_predictions=blocking_rules,
        comparisons=[
            cl.ForenameSurnameComparison(
                "given_names", "family_name", forename_surname_concat_col_name="given_family_concat"
            ),
            cl.DateOfBirthComparison("dob", input_is_string=True),
            cl.ExactMatch("sex"),
            cl.ExactMatch("nationality").configure(term_frequency_adjustments=True),
            cl.ExactMatch("place_of_birth").configure(term_frequency_adjustments=True),
            cl.ExactMatch("phone").configure(term_frequency_adjustments=True),
            cl.DamerauLevenshteinAtThresholds("document_number", [1, 2]),
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(db_api.register(rel), settings)
    linker.training.estimate_probability_two_random_records_match(
        [
            block_on("given_names", "family_name", "dob_block"),
            block_on("document_number"),
            block_on("substr(given_names,1,2)", "family_name", "phone"),
        ],
        recall=0.6,
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("given_names", "family_name", "birth_year"), estimate_without_term_frequencies=True
    )
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("dob_block"), estimate_without_term_frequencies=True
    )
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    write_outputs(linker, predictions, out_dir, "id")


def main():
    mode = sys.argv[1]
    start = time.time()
    if mode == "febrl3":
        run_febrl3(sys.argv[2], sys.argv[3])
    elif mode == "febrl4":
        run_febrl4(sys.argv[2], sys.argv[3])
    elif mode == "generated":
        run_generated(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(f"splink {mode}: {time.time() - start:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
