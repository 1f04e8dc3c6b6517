"""The dates scorer: text containment plus range midpoint inside the gold range."""
from wirewatch.evaluate.dates import score_dates, score_record

GOLD = [{"text": "on Monday", "value": "2022-01-03"},
        {"text": "this weekend", "earliest": "2022-01-01", "latest": "2022-01-02"},
        {"text": "two years ago", "earliest": "2019-12-01", "latest": "2020-02-29"}]


def test_dates_evaluate_perfect_and_partial():
    pred = [{"text": "Monday", "earliest": "2022-01-03", "latest": "2022-01-03"},
            {"text": "this weekend", "earliest": "2022-01-01", "latest": "2022-01-02"},
            {"text": "two years ago", "earliest": "2019-12-03", "latest": "2020-02-03"}]
    out = score_dates(pred, GOLD)
    assert (out["precision"], out["recall"], out["f1"]) == (1.0, 1.0, 1.0)
    pred[2]["earliest"] = pred[2]["latest"] = "2021-01-03"
    out = score_dates(pred + [{"text": "last year", "earliest": "2021-01-01", "latest": "2021-12-31"}], GOLD)
    assert out["recall"] == round(2 / 3, 4) and out["precision"] == 0.5
    assert out["text_recall"] == 1.0 and out["missed"] == ["two years ago"]


def test_dates_evaluate_each_prediction_used_once():
    gold = [{"text": "on Monday", "value": "2022-01-03"}, {"text": "on Monday", "value": "2022-01-03"}]
    pred = [{"text": "on Monday", "earliest": "2022-01-03", "latest": "2022-01-03"}]
    assert score_dates(pred, gold)["matched"] == 1


def test_dates_evaluate_slack_and_empty():
    pred = [{"text": "on Monday", "earliest": "2022-01-04", "latest": "2022-01-04"}]
    assert score_dates(pred, GOLD[:1])["recall"] == 0.0
    assert score_dates(pred, GOLD[:1], slack=1)["recall"] == 1.0
    assert score_record({}, {"dates": []})["f1"] == 0.0
