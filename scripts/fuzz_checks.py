"""Canopy's own fuzzing checks, registered when scripts/fuzz_hooks.py (SCHEMATHESIS_HOOKS) imports them.

Canopy answers refusals as top-level GraphQL errors with `extensions.code` (PRODUCT.md "Errors"),
so schemathesis's "any errors entry is a failure" checks do not apply. What must never happen:
a 5xx, a body that is not a GraphQL response, an error without a code, or INTERNAL_SERVER_ERROR.
"""
import schemathesis

CODES = {
    "UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT",
    "QUOTA_EXCEEDED", "UPSTREAM_UNAVAILABLE", "RATE_LIMITED",
}


@schemathesis.check
def canopy_answers_properly(ctx, response, case):
    if response.status_code >= 500:
        raise AssertionError(f"HTTP {response.status_code}: {response.text[:500]}")
    body = response.json()
    if not isinstance(body, dict) or not ({"data", "errors"} & body.keys()):
        raise AssertionError(f"Not a GraphQL response: {response.text[:500]}")
    for error in body.get("errors") or []:
        code = (error.get("extensions") or {}).get("code")
        if code not in CODES:
            raise AssertionError(f"Error code {code!r}: {error.get('message')}")
