"""body_code: international human-rights bodies as written to contract codes."""

from __future__ import annotations

from typing import Any

import pytest

from hrextract.normalize.bodies import body_code, body_names


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # as written in the development reports
        ("the UN Human Rights Committee", "CCPR"),
        ("the UN Committee against Torture", "CAT"),
        ("the CEDAW Committee", "CEDAW"),
        ("the Committee on the Application of Standards of the ILO", "ILO"),
        ("the UN Special Rapporteur on the rights of persons with disabilities", "SR"),
        ("the Special Rapporteur of the Commission on Human Rights", "SR"),
        ("the African Human Rights Commission", "ACHPR"),
        ("the African Union (AU)", "OTHER"),
        ("the Economic Community of West African States Court of Justice", "OTHER"),
        ("the UN-appointed International Commission of Inquiry on Libya (COI)", "OTHER"),
        ("the prosecutor of the International Criminal Court (ICC)", "OTHER"),
        # other names and spellings
        ("Human Rights Committee", "CCPR"),
        ("the United Nations Human Rights Committee", "CCPR"),
        ("the U.N. Human Rights Committee", "CCPR"),
        ("Committee against Torture", "CAT"),
        ("CAT", "CAT"),
        ("Committee on the Elimination of Discrimination against Women", "CEDAW"),
        ("Working Group on Arbitrary Detention", "WGAD"),
        ("the Working Group on Enforced or Involuntary Disappearances", "WGEID"),
        ("the UN Special Rapporteur on torture", "SR"),
        ("the Human Rights Council's Special Rapporteur on torture", "SR"),
        ("Human Rights Council", "HRC_COUNCIL"),
        ("the Universal Periodic Review", "HRC_COUNCIL"),
        ("ILO Committee of Experts", "ILO"),
        ("the Committee on Freedom of Association", "ILO"),
        ("European Court of Human Rights", "ECTHR"),
        ("Inter-American Commission on Human Rights", "IACHR"),
        ("Inter-American Court of Human Rights", "IACTHR"),
        ("African Commission on Human and Peoples\u2019 Rights", "ACHPR"),
        ("African Court on Human and Peoples' Rights", "AFCHPR"),
        ("the ECOWAS Court", "OTHER"),
        ("the East African Court of Justice", "OTHER"),
        ("UN High Commissioner for Human Rights", "OHCHR"),
        ("OHCHR", "OHCHR"),
        ("Subcommittee on Prevention of Torture", "SPT"),
        ("Committee on the Rights of the Child", "CRC"),
        ("Committee on Economic, Social and Cultural Rights", "CESCR"),
    ],
)
def test_body_code(text: str, code: str) -> None:
    assert body_code(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "the Committee to Protect Journalists",  # an NGO (Mali 2007)
        "the High Council for Communications",
        "the National Commission on Human Rights",
        "the Human Rights Committee of the National Assembly",
        "the cat",  # abbreviations only in capitals
        "the court",
        "",
        "x" * 5000,
    ],
)
def test_not_an_international_body(text: str) -> None:
    assert body_code(text) is None


def test_body_names() -> None:
    names = dict(body_names())
    assert names["Committee against Torture"] == "CAT"
    assert names["United Nations Human Rights Committee"] == "CCPR"
    assert "Committee to Protect Journalists" not in names  # blocking rows are not patterns
    assert all(code for _, code in body_names())


def test_every_name_maps_to_its_own_code() -> None:
    for name, code in body_names():
        assert body_code(name) == code, name


def test_gold_body_texts(gold_records: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    checked = 0
    for record, _ in gold_records:
        if record["record_type"] == "treaty_body_finding":
            assert body_code(record["body_text"]) == record["body"], record["body_text"]
            checked += 1
    assert checked > 5
