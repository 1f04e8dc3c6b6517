"""web: schemathesis generates requests from the OpenAPI spec; no request may cause a server error."""
from __future__ import annotations

import warnings

import pytest

warnings.filterwarnings("ignore", category=DeprecationWarning)
schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

from wirewatch.settings import Settings  # noqa: E402
from wirewatch.web import create_app  # noqa: E402


def test_web_api_fuzz_no_server_errors(sample_store):
    app = create_app(Settings(db=":unused:"), token="t0ken", store=sample_store)
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    operations = [op.ok() for op in schema.get_all_operations()]
    assert len(operations) >= 10
    checked = []
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case):
            response = case.call()
            assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:300])
            if response.status_code == 200 and "application/json" in str(response.headers.get("content-type")):
                response.json()
        run()
        checked.append(operation.label)
    assert "GET /api/events" in checked and "POST /api/ingest" in checked
