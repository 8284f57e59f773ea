import csv, sys
for d in sys.argv[1:]:
    print("==", d)
    for r in csv.DictReader(open(d + "/rows.csv")):
        print(" ", r["key"], "|", r["dimension"][:25], "|", r["component"][:45], "|", r["indicators"][:50].replace("\n", " / "), "|", r["tasks"][:70].replace("\n", " / "))
