"""Checks of the fuzzing tools themselves, run by scripts/fuzz.sh before it fuzzes.

A rewrite that changed what it did not mean to, or a table that dropped an operation or a failure,
would make the fuzz report say more than it proved.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

import graphql

from fuzz_literals import Call, Enum
from fuzz_table import operations, table

SCHEMA = os.path.join(os.path.dirname(__file__), "..", "schema.graphql")


class LiteralsTest(unittest.TestCase):
    def test_untouched_arguments_print_as_generated(self):
        body = 'mutation { serverAction(input: { serverId: -702589, command: PAUSE, x: 1e400, y: "\\u0013", z: null, l: [1, "a"] }) { server { id } } }'
        self.assertEqual(Call(body, "serverAction").body(), graphql.print_ast(graphql.parse(body)))

    def test_edits_keep_enums_bare_and_ids_quoted(self):
        call = Call('mutation { serverAction(input: { serverId: 5, command: PAUSE }) { server { id } } }', "serverAction")
        call.input["serverId"], call.input["command"] = "12", Enum("STOP")
        self.assertIn('serverAction(input: { serverId: "12", command: STOP })', call.body())

    def test_arguments_outside_input(self):
        call = Call('{ tenant(id: 3) { name } }', "tenant")
        call.input["id"] = "1"
        self.assertIn('tenant(id: "1")', call.body())


class TableTest(unittest.TestCase):
    def test_every_root_field_of_the_schema(self):
        with open(SCHEMA, encoding="utf-8") as f:
            text = f.read()
        schema, ops = graphql.build_schema(text), operations(text)
        self.assertEqual(len(ops), len(schema.query_type.fields) + len(schema.mutation_type.fields))
        self.assertIn("Mutation.logout", ops)

    def test_counts_and_failures(self):
        rows = [
            {"op": "Query.a", "persona": "p", "outcome": "data", "codes": []},
            {"op": "Query.a", "persona": "q", "outcome": "refused", "codes": ["FORBIDDEN"]},
            {"op": "Query.b", "persona": "p", "outcome": "internal", "codes": ["INTERNAL_SERVER_ERROR"]},
        ]
        text, count, total = table(rows, ["Query.a", "Query.b", "Query.c"])
        self.assertIn("| `Query.a` | 2 | 1 | 1 | 0 | 1/1 | 0/1 | FORBIDDEN 1 |", text)
        self.assertIn("| `Query.c` | 0 | 0 | 0 | 0 | 0/0 | 0/0 |  |", text)
        self.assertEqual((total["cases"], total["data"], total["internal"]), (3, 1, 1))

    def test_exit_code_names_what_failed(self):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as record:
            record.write(json.dumps({"op": "Query.viewer", "persona": "p", "outcome": "data", "codes": []}) + "\n")
        result = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "fuzz_table.py"), record.name, "--schema", SCHEMA], capture_output=True, text=True)
        os.unlink(record.name)
        self.assertEqual(result.returncode, 1)
        self.assertIn("never answered with data: Query.auditEvents", result.stderr)


if __name__ == "__main__":
    unittest.main()
