"""Turns scripts/fuzz_hooks.py's JSON lines into the per-operation table of docs/SECURITY.md.

    .venv-fuzz/bin/python scripts/fuzz_table.py RECORD.jsonl [--schema schema.graphql] [--update docs/SECURITY.md]

Prints one row per Query and Mutation field of the schema (every one, also those no case
reached), with cases, answered with data, refused (by code) and internal errors, per persona and
in total. Exits 1 when any case failed internally or any operation was never answered with data,
listing them. --update replaces the table between the FUZZ-TABLE markers of that file.
"""
import argparse
import collections
import json
import sys

import graphql  # graphql-core, which schemathesis brings into .venv-fuzz

BEGIN, END = "<!-- FUZZ-TABLE:BEGIN -->", "<!-- FUZZ-TABLE:END -->"


def operations(schema_text):
    """`Query.x` and `Mutation.y` for every field of the two root types: queries first, each by name."""
    schema = graphql.build_schema(schema_text)
    return [f"{root.name}.{name}" for root in (schema.query_type, schema.mutation_type) for name in sorted(root.fields)]


def table(rows, ops):
    personas = list(dict.fromkeys(r["persona"] for r in rows))  # in the order they ran
    count = collections.defaultdict(collections.Counter)
    codes = collections.defaultdict(collections.Counter)
    for r in rows:
        for key in (r["op"], (r["op"], r["persona"])):
            count[key]["cases"] += 1
            count[key][r["outcome"]] += 1
        if r["outcome"] == "refused":
            codes[r["op"]].update(r["codes"])
    head = ["operation", "cases", "data", "refused", "internal"] + [f"data as {p}" for p in personas] + ["refusals by code"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for op in ops:
        c = count[op]
        per = [f"{count[(op, p)]['data']}/{count[(op, p)]['cases']}" for p in personas]
        refusals = ", ".join(f"{code} {n}" for code, n in codes[op].most_common())
        lines.append(f"| `{op}` | {c['cases']} | {c['data']} | {c['refused']} | {c['internal']} | " + " | ".join(per) + f" | {refusals} |")
    total = collections.Counter()
    for op in ops:
        total.update(count[op])
    lines.append(f"| **all {len(ops)}** | {total['cases']} | {total['data']} | {total['refused']} | {total['internal']} | " + " | ".join(f"{sum(count[(op, p)]['data'] for op in ops)}/{sum(count[(op, p)]['cases'] for op in ops)}" for p in personas) + " | |")
    return "\n".join(lines), count, total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("record")
    parser.add_argument("--schema", default="schema.graphql")
    parser.add_argument("--update")
    args = parser.parse_args()
    with open(args.schema, encoding="utf-8") as f:
        ops = operations(f.read())
    with open(args.record, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    text, count, total = table(rows, ops)
    print(text)
    unknown = sorted({r["op"] for r in rows} - set(ops))
    never = [op for op in ops if count[op]["data"] == 0]
    internal = [op for op in ops if count[op]["internal"]]
    negative = sum(1 for r in rows if r.get("mode") == "negative")
    print(f"fuzz table: {len(ops)} operations, {total['cases']} cases ({negative} negative: schema-violating on purpose), {total['data']} with data, {total['refused']} refused, {total['internal']} internal errors")
    if args.update:
        with open(args.update, encoding="utf-8") as f:
            doc = f.read()
        if BEGIN not in doc or END not in doc:
            sys.exit(f"fuzz table: {args.update} has no {BEGIN} … {END} markers")
        head, rest = doc.split(BEGIN, 1)
        with open(args.update, "w", encoding="utf-8") as f:
            f.write(head + BEGIN + "\n" + text + "\n" + END + rest.split(END, 1)[1])
    for label, found in (("never answered with data", never), ("with internal errors", internal), ("not in the schema", unknown)):
        if found:
            print(f"fuzz table: operations {label}: {', '.join(found)}", file=sys.stderr)
    sys.exit(1 if never or internal or unknown else 0)


if __name__ == "__main__":
    main()
