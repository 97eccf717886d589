"""KPI 10 for one quarter as one hand-written SQL query: the yardstick issue 9 measures the service against
(``rjdesk.services.kpi10.kpi10_report`` must give identical figures within 1.5× of its time).

It follows DOMAIN §3 and ``rjdesk.rules.kpi10.compute`` step by step, in SQL:

1. the cohort — orders of a counting disposal, not changed on appeal, ending in the quarter, from 1 April
   2023 and by the as-of date, of a child aged 10–17 on the order's start;
2. each offence of a cohort order counts under its most serious counting order across all quarters (most
   serious disposal, then the latest start, then the latest end, an open order last); the victim records are
   the live victims of the offences whose order is in the cohort;
3. each record's flags — imported records as recorded (their JSON), records worked in rjdesk derived from
   consent decisions, contacts, views, requests and RJ activities as of the as-of date;
4. the counts, victims counted once by reference.

The figures, not the records: the service also returns the records behind every figure, which this does not.
Only the two dialects rjdesk runs on; the few places they differ are the fragments in ``_DIALECT``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Date, bindparam, text

from rjdesk.rules.kpi10 import COUNTING_DISPOSALS, KPI10_START, Quarter

_DIALECT = {
    "sqlite": {
        "age": "(CAST(strftime('%Y', o.start_date) AS INTEGER) - CAST(strftime('%Y', c.date_of_birth) AS INTEGER)"
        " - (strftime('%m-%d', o.start_date) < strftime('%m-%d', c.date_of_birth)))",
        "imported": "json_extract(r.imported, '$.{name}')",
    },
    "postgresql": {
        "age": "(EXTRACT(YEAR FROM o.start_date) - EXTRACT(YEAR FROM c.date_of_birth)"
        " - CASE WHEN to_char(o.start_date, 'MM-DD') < to_char(c.date_of_birth, 'MM-DD') THEN 1 ELSE 0 END)",
        "imported": "(CAST(r.imported AS json) ->> '{name}')",
    },
}

_SERIOUSNESS = " ".join(
    f"WHEN '{disposal}' THEN {len(COUNTING_DISPOSALS) - rank}" for rank, disposal in enumerate(COUNTING_DISPOSALS)
)

# A record worked in rjdesk: each flag derived as of :as_of. ``for_case`` — the row is for this child's case or
# for no case in particular (DOMAIN §2: a contact or request without a case counts for every case).
_FOR_CASE = "(x.child_id = r.child_id OR x.child_id IS NULL)"
_DERIVED = {
    "consent_ever": "EXISTS (SELECT 1 FROM consent_decision x WHERE x.victim_id = r.victim_id AND x.child_id = "
    "r.child_id AND x.scope = 'yjs_contact' AND x.decision = 'given' AND x.decided_on <= :as_of)",
    "consent_strict": "(SELECT x.decision FROM consent_decision x WHERE x.victim_id = r.victim_id AND x.child_id = "
    "r.child_id AND x.scope = 'yjs_contact' AND x.decided_on <= :as_of ORDER BY x.decided_on DESC, x.id DESC "
    "LIMIT 1) = 'given'",
    "contacted": "EXISTS (SELECT 1 FROM contact x WHERE x.victim_id = r.victim_id AND " + _FOR_CASE + " AND "
    "x.kind = 'contact' AND x.occurred_on <= :as_of)",
    "view_prior": "r.decision_date IS NOT NULL AND EXISTS (SELECT 1 FROM victim_views x WHERE x.victim_id = "
    "r.victim_id AND " + _FOR_CASE + " AND x.recorded_on <= r.decision_date)",
    "engaged": "EXISTS (SELECT 1 FROM rj_process p JOIN restorative_activity a ON a.process_id = p.id WHERE "
    "p.victim_id = r.victim_id AND p.child_id = r.child_id AND a.status = 'done' AND a.victim_took_part AND "
    "a.kind IN :engaging AND a.activity_date <= :as_of)",
    "progress_request": "EXISTS (SELECT 1 FROM victim_request x WHERE x.victim_id = r.victim_id AND "
    + _FOR_CASE
    + " AND x.kind = 'progress' AND x.requested_on <= :as_of)",
    "progress_provided": "EXISTS (SELECT 1 FROM victim_request x WHERE x.victim_id = r.victim_id AND "
    + _FOR_CASE
    + " AND x.kind = 'progress' AND x.requested_on <= :as_of AND x.provided_on <= :as_of)",
    "support_request": "EXISTS (SELECT 1 FROM victim_request x WHERE x.victim_id = r.victim_id AND "
    + _FOR_CASE
    + " AND x.kind = 'support' AND x.requested_on <= :as_of)",
    "support_provided": "EXISTS (SELECT 1 FROM victim_request x WHERE x.victim_id = r.victim_id AND "
    + _FOR_CASE
    + " AND x.kind = 'support' AND x.requested_on <= :as_of AND x.provided_on <= :as_of)",
}
# The same flags of an imported record: its YJB columns as recorded.
_IMPORTED_COLUMN = {
    "consent": "consentYJSContact",
    "view_prior": "viewPrior",
    "engaged": "engagedRJ",
    "progress_request": "progressRequest",
    "progress_provided": "progressProvided",
    "support_request": "additionalSupportRequest",
    "support_provided": "additionalSupportProvided",
}


def _flags(dialect: str, strict_consent: bool) -> str:
    imported = _DIALECT[dialect]["imported"]
    columns = []
    for flag, column in _IMPORTED_COLUMN.items():
        derived = _DERIVED[("consent_strict" if strict_consent else "consent_ever") if flag == "consent" else flag]
        recorded = f"UPPER(TRIM(COALESCE({imported.format(name=column)}, ''))) = 'Y'"
        columns.append(
            f"CASE WHEN r.is_imported = 1 THEN (CASE WHEN {recorded} THEN 1 ELSE 0 END) "
            f"ELSE (CASE WHEN {derived} THEN 1 ELSE 0 END) END AS {flag}"
        )
    contact_day = f"COALESCE({imported.format(name='yjscontactDate')}, '')"
    columns.append(
        f"CASE WHEN r.is_imported = 1 THEN (CASE WHEN {contact_day} NOT IN ('', '1900-01-01') THEN 1 ELSE 0 END) "
        f"ELSE (CASE WHEN {_DERIVED['contacted']} THEN 1 ELSE 0 END) END AS contacted"
    )
    return ",\n        ".join(columns)


def query(dialect: str, strict_consent: bool) -> str:
    """The query's text for a dialect and consent rule."""
    age = _DIALECT[dialect]["age"]
    return f"""
WITH cohort AS MATERIALIZED (
    SELECT o.id, o.child_id, c.cms_ref, o.decision_date
    FROM case_order o JOIN child c ON c.id = o.child_id
    WHERE c.service_id = :service_id AND o.disposal_type IN :counting AND NOT o.changed_on_appeal
      AND o.end_date BETWEEN :quarter_start AND :quarter_end AND o.end_date BETWEEN :kpi10_start AND :as_of
      AND {age} BETWEEN 10 AND 17
),
owner AS (
    -- RANK, not ROW_NUMBER: orders alike in disposal, start and end are one order for the count (rules.kpi10)
    SELECT oo.offence_id, oo.order_id,
           RANK() OVER (PARTITION BY oo.offence_id ORDER BY CASE o.disposal_type {_SERIOUSNESS} END DESC,
                        o.start_date DESC, CASE WHEN o.end_date IS NULL THEN 1 ELSE 0 END, o.end_date DESC) AS rank
    FROM order_offence oo JOIN case_order o ON o.id = oo.order_id
    WHERE o.disposal_type IN :counting AND NOT o.changed_on_appeal
      AND oo.offence_id IN (SELECT q.offence_id FROM order_offence q JOIN cohort ON cohort.id = q.order_id)
),
records AS (
    SELECT co.cms_ref AS child_ref, co.child_id, co.decision_date, v.reference AS victim, vo.victim_id,
           CASE WHEN vo.source <> 'rjdesk' AND COALESCE(vo.imported_fields_json, '') <> '' THEN 1 ELSE 0 END
               AS is_imported,
           vo.imported_fields_json AS imported
    FROM owner b
    JOIN cohort co ON co.id = b.order_id
    JOIN victim_offence vo ON vo.offence_id = b.offence_id
    JOIN victim v ON v.id = vo.victim_id
    WHERE b.rank = 1 AND v.service_id = :service_id AND v.merged_into_id IS NULL
),
flags AS MATERIALIZED (
    SELECT r.child_ref, r.victim,
        {_flags(dialect, strict_consent)}
    FROM records r
),
per_victim AS (
    SELECT victim, MAX(consent) AS consented, MAX(consent * engaged) AS engaged, MAX(consent * view_prior) AS
           view_prior, MAX(consent * progress_request) AS progress_request, MAX(consent * progress_provided) AS
           progress_provided, MAX(consent * support_request) AS support_request, MAX(consent * support_provided)
           AS support_provided, MAX(contacted) AS contacted
    FROM flags GROUP BY victim
)
SELECT
    (SELECT COUNT(DISTINCT cms_ref) FROM cohort) AS cohort_children,
    (SELECT COUNT(DISTINCT child_ref) FROM flags) AS children_with_victims,
    (SELECT COUNT(*) FROM (SELECT DISTINCT child_ref, victim FROM flags WHERE engaged = 1) pairs) AS engaged_pairs,
    COUNT(*) AS victims,
    COALESCE(SUM(consented), 0) AS consented,
    COALESCE(SUM(engaged), 0) AS engaged,
    COALESCE(SUM(view_prior), 0) AS view_prior,
    COALESCE(SUM(progress_request), 0) AS progress_request,
    COALESCE(SUM(progress_provided), 0) AS progress_provided,
    COALESCE(SUM(progress_request * progress_provided), 0) AS progress_requested_and_provided,
    COALESCE(SUM(support_request), 0) AS support_request,
    COALESCE(SUM(support_provided), 0) AS support_provided,
    COALESCE(SUM(support_request * support_provided), 0) AS support_requested_and_provided,
    COALESCE(SUM(contacted), 0) AS contacted
FROM per_victim
"""


def figures(
    connection: Connection,
    service_id: int,
    quarter: Quarter,
    as_of: dt.date,
    engaging_activities: Mapping[str, bool],
    *,
    strict_consent: bool = False,
) -> dict[str, Any]:
    """The quarter's measures (n, d) and YJB template lines, shaped as ``Kpi10Report.as_json`` gives them."""
    statement = text(query(connection.dialect.name, strict_consent)).bindparams(
        bindparam("counting", expanding=True),
        bindparam("engaging", expanding=True),
        *(bindparam(name, type_=Date) for name in ("quarter_start", "quarter_end", "kpi10_start", "as_of")),
    )
    engaging = sorted(kind for kind, counts in engaging_activities.items() if counts) or ["(none)"]
    row = (
        connection.execute(
            statement,
            {
                "service_id": service_id,
                "counting": list(COUNTING_DISPOSALS),
                "engaging": engaging,
                "quarter_start": quarter.start,
                "quarter_end": quarter.end,
                "kpi10_start": KPI10_START,
                "as_of": as_of,
            },
        )
        .mappings()
        .one()
    )
    n = {key: int(value) for key, value in row.items()}
    d = n["consented"]
    return {
        "measures": {
            "headline": {"n": n["engaged"], "d": d},
            "10a": {"n": n["victims"], "d": n["cohort_children"]},
            "10b": {"n": n["children_with_victims"], "d": n["cohort_children"]},
            "10c": {"n": n["engaged_pairs"], "d": d},
            "10d": {"n": n["view_prior"], "d": d},
            "10e": {"n": n["progress_provided"], "d": d},
            "10f": {"n": n["support_provided"], "d": d},
            "10g": {"n": n["contacted"], "d": d},
        },
        "template": {
            "children_with_an_order_closing_with_an_identified_victim": n["children_with_victims"],
            "total_victims": n["victims"],
            "victims_consented": d,
            "victims_engaged_with_rj": n["engaged"],
            "victims_asked_their_view": n["view_prior"],
            "victims_requested_progress": n["progress_request"],
            "of_those_provided_progress": n["progress_requested_and_provided"],
            "victims_requested_support": n["support_request"],
            "of_those_provided_support_information": n["support_requested_and_provided"],
        },
    }
