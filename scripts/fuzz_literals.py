"""A generated GraphQL case's root-field arguments as plain Python values, and back.

schemathesis sends each case as one document with literal arguments (no variables). The hooks
rewrite some of them (real ids, a valid CIDR, the persona's password), so they are opened into
dicts and lists; literals the hooks do not touch are printed back exactly as generated (enums
stay enums, numbers keep their text).
"""
import dataclasses

import graphql


class Enum(str):
    """An enum literal (printed bare, not quoted)."""


class Number(str):
    """An Int or Float literal's text, kept as written (a generated 1e400 must stay 1e400)."""

    def __new__(cls, text, is_float):
        value = super().__new__(cls, text)
        value.is_float = is_float
        return value


def to_py(node):
    if isinstance(node, graphql.ObjectValueNode):
        return {f.name.value: to_py(f.value) for f in node.fields}
    if isinstance(node, graphql.ListValueNode):
        return [to_py(v) for v in node.values]
    if isinstance(node, graphql.EnumValueNode):
        return Enum(node.value)
    if isinstance(node, (graphql.IntValueNode, graphql.FloatValueNode)):
        return Number(node.value, isinstance(node, graphql.FloatValueNode))
    if isinstance(node, graphql.BooleanValueNode):
        return node.value
    if isinstance(node, graphql.NullValueNode):
        return None
    return node.value  # StringValueNode


def to_ast(value):
    if isinstance(value, dict):
        return graphql.ObjectValueNode(fields=tuple(graphql.ObjectFieldNode(name=graphql.NameNode(value=k), value=to_ast(v)) for k, v in value.items()))
    if isinstance(value, list):
        return graphql.ListValueNode(values=tuple(to_ast(v) for v in value))
    if isinstance(value, Enum):
        return graphql.EnumValueNode(value=str(value))
    if isinstance(value, Number):
        return (graphql.FloatValueNode if value.is_float else graphql.IntValueNode)(value=str(value))
    if isinstance(value, bool):
        return graphql.BooleanValueNode(value=value)
    if value is None:
        return graphql.NullValueNode()
    return graphql.StringValueNode(value=str(value))


class Call:
    """The one root field of a generated document: `args` to edit, `body()` to print it again."""

    def __init__(self, body, field_name):
        self.document = graphql.parse(body)
        self.operation = self.document.definitions[0]
        self.field = next(s for s in self.operation.selection_set.selections if isinstance(s, graphql.FieldNode) and s.name.value == field_name)
        self.args = {a.name.value: to_py(a.value) for a in self.field.arguments or ()}

    @property
    def input(self):
        """Where the ids are: the `input` object most mutations take, else the field's own arguments."""
        value = self.args.get("input")
        return value if isinstance(value, dict) else self.args

    def body(self):
        arguments = tuple(graphql.ArgumentNode(name=graphql.NameNode(value=k), value=to_ast(v)) for k, v in self.args.items())
        field = dataclasses.replace(self.field, arguments=arguments)
        selections = tuple(field if s is self.field else s for s in self.operation.selection_set.selections)
        operation = dataclasses.replace(self.operation, selection_set=dataclasses.replace(self.operation.selection_set, selections=selections))
        definitions = tuple(operation if d is self.operation else d for d in self.document.definitions)
        return graphql.print_ast(dataclasses.replace(self.document, definitions=definitions))
