"""How the quality benchmark reads a gold file (fast; the corpus run itself is in test_quality.py)."""

from __future__ import annotations

from bench import quality


def test_a_gold_fact_matches_by_every_name_of_its_concept_line(tmp_path):
    gold = tmp_path / "x.gold"
    gold.write_text(
        "concept: Masked Language Modeling = MLM = 掩码语言建模\n"
        "concept: Transformer\n"
        "fact L3: BERT | uses | Masked Language Modeling\n",
        "utf-8",
    )
    (fact,) = quality.read_gold(gold).facts
    assert fact.object == {quality.key("Masked Language Modeling"), "mlm", "掩码语言建模"}
    assert fact.subject == {"bert"}


def _gold_fact(tmp_path, line: str) -> quality.GoldFact:
    gold = tmp_path / "x.gold"
    gold.write_text(line + "\n", "utf-8")
    (fact,) = quality.read_gold(gold).facts
    return fact


def test_a_graph_fact_matches_the_gold_relations_the_ontology_entails(tmp_path):
    transformer, encoding = {"transformer"}, {quality.key("Positional Encoding")}
    uses = _gold_fact(tmp_path, "fact L1: Transformer | uses | Positional Encoding")
    part = _gold_fact(tmp_path, "fact L1: Positional Encoding | partOf | Transformer")
    # "PE partOf Transformer" entails "Transformer uses PE" (kg:hasPart ⊑ kg:uses, inverse of kg:partOf)
    assert quality._compatible("partOf", encoding, transformer, uses)
    # … but not the other way: using a thing does not make it a part
    assert not quality._compatible("uses", transformer, encoding, part)
    # a non-symmetric relation never matches reversed, a symmetric one does
    assert not quality._compatible("uses", encoding, transformer, uses)
    compared = _gold_fact(tmp_path, "fact L1: Transformer | comparedWith | Positional Encoding")
    assert quality._compatible("comparedWith", encoding, transformer, compared)


def test_a_trap_is_hit_through_an_entailed_relation_too(tmp_path):
    trap = _gold_fact(tmp_path, "trap L1: VGG | uses | LRN")
    assert trap.trap
    assert quality._compatible("partOf", {"lrn"}, {"vgg"}, trap)


def test_a_partial_bench_run_keeps_the_rows_it_did_not_measure():
    from bench.__main__ import merge_rows

    old = (
        "# Benchmark results\n\n`python -m bench --quick` on 2026-11-30, 8 min.\n\n"
        "| measure | kg | reference | ratio | target |\n| --- | --- | --- | --- | --- |\n"
        "| `kg --help` | 28 ms | 22 ms | 1.29× | ≤ 1.5× |\n| build 10 MB | 39.9 s | 8.3 s | 4.83× | ≤ 3× |\n"
    )
    rows = "| measure | kg | reference | ratio | target |\n| --- | --- | --- | --- | --- |\n" \
        "| build 10 MB | 42.3 s | 7.1 s | 5.96× | ≤ 3× |\n| build 10 MB: peak | 390 MB | | | |\n"
    merged = merge_rows(old, rows, "builds")
    assert "| `kg --help` | 28 ms | 22 ms | 1.29× | ≤ 1.5× |" in merged
    assert "| build 10 MB | 42.3 s | 7.1 s | 5.96× | ≤ 3× |" in merged and "39.9 s" not in merged
    assert merged.index("build 10 MB | 42.3") < merged.index("build 10 MB: peak")
    assert "re-run `--only builds`" in merged and merged.count("| measure |") == 1


def _score_one_note(tmp_path, text: str):
    """bench's scoring of a gold-less set holding one note, a.md."""
    from bench import quality

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(text, "utf-8")
    return quality.score_set("unseen-p", notes, None, tmp_path / "work")


def _fact(conf: float):
    from bench.quality import GraphFact

    return GraphFact("a.md", "s", "uses", "o", 1, "s uses o", conf)


def test_calibration_bands_count_borderline_as_half():
    from bench.quality import calibration

    fact = _fact
    verdicts = [
        (fact(0.55), "correct"),
        (fact(0.58), "wrong"),
        (fact(0.85), "borderline"),
        (fact(0.95), "correct"),
        (fact(0.9), ""),  # not judged yet: left out
    ]
    rows = calibration(verdicts)
    assert [(band, n) for band, n, _, _ in rows] == [("0.5–0.6", 2), ("0.8–0.9", 1), ("0.9–1.0", 1)]
    assert rows[0][2] == (0.55 + 0.58) / 2 and rows[0][3] == 0.5
    assert rows[1][3] == 0.5 and rows[2][3] == 1.0


def test_ranking_auc_is_the_chance_a_correct_fact_outranks_a_wrong_one():
    import math

    from bench.quality import ranking_auc

    fact = _fact
    ordered = [(fact(0.9), "correct"), (fact(0.8), "correct"), (fact(0.4), "wrong")]
    assert ranking_auc(ordered) == (1.0, 2, 1)
    # one correct fact below the wrong one, one tied with it (½), a trap counts as wrong; borderline left out
    mixed = [(fact(0.9), "correct"), (fact(0.3), "correct"), (fact(0.5), "correct"), (fact(0.5), "trap"),
             (fact(0.1), "borderline"), (fact(0.95), "")]
    assert ranking_auc(mixed) == ((1 + 0 + 0.5) / 3, 3, 1)
    assert math.isnan(ranking_auc([(fact(0.9), "correct")])[0])


def test_facts_held_back_below_the_threshold_are_scored_apart(tmp_path):
    # 'VGG uses BatchNorm' read only from the heading above is kept as a record below the threshold: it is no
    # fact of the graph nor waiting to be judged as one, but is listed among the held-back facts
    from bench import quality

    s = _score_one_note(tmp_path, "# ResNet\n\nResNet 使用了 Batch Normalization。\n\n## VGG\n\nBN 层在 conv 和 relu 之间。\n")
    assert [(f.name, f.facts) for f in s.files] == [("a", 1)] and len(s.to_judge) == 1
    held = {(f.subject.rsplit("/", 1)[-1], f.relation, f.object.rsplit("/", 1)[-1]) for f, _ in s.held_verdicts}
    assert ("VGG", "uses", "BatchNorm") in held and ("ResNet", "uses", "BatchNorm") not in held
    assert all(v == "" and f.confidence < 0.5 for f, v in s.held_verdicts)
    assert f"- held back below the confidence threshold (kg:Fact records only, out of plans and pages): {len(held)} " \
        "facts, 0 judged" in quality.report([s])


def test_a_set_without_gold_is_scored_for_precision_only(tmp_path):
    from bench import quality

    s = _score_one_note(tmp_path, "# ResNet\n\nResNet 使用了 Batch Normalization。\n")
    assert [(f.name, f.gold, f.facts) for f in s.files] == [("a", 0, 1)]
    assert s.files[0].unjudged == 1 and s.to_judge[0][:5] == ["a.md", "3", "ResNet", "uses", "Batch Normalization"]
    assert "| a | 1 | 0 | 0% | – | – | – | 0 |" in quality.report([s])
    assert "- all 0 judged facts: correct –, correct + ½ borderline –" in quality.report([s])


def test_junk_is_also_counted_among_the_concepts_that_stand_on_a_fact(tmp_path):
    # 'BERTnesia' (judged good) stands on a fact; 'QK' (judged junk) is only mentioned: all discovered concepts
    # count for junk, and separately those on a fact, which `kg viz` draws by default
    from bench import quality

    s = _score_one_note(tmp_path, "# BERTnesia\n\nBERTnesia 使用了 PPO。\n\n## Attention\n\nThe QK product is scaled. QK is large.\n")
    assert (s.junk, s.junk_judged) == (1, 2)
    assert (s.junk_in_facts, s.judged_in_facts) == (0, 1)
    assert "among those on a fact (what `kg viz` draws by default): junk 0 of 1 (0%)" in quality.report([s])


def test_gold_concepts_are_counted_as_found_when_a_mentioned_node_names_them(tmp_path):
    # a ceiling on recall: gold concepts (concept lines and fact ends) that a node the graph mentions names
    from bench import quality

    notes, gold = tmp_path / "notes", tmp_path / "gold"
    notes.mkdir()
    gold.mkdir()
    (notes / "a.md").write_text("# ResNet\n\nResNet 使用了 Batch Normalization。\n", "utf-8")
    (gold / "a.gold").write_text(
        "concept: Stone Oven\nfact L3: ResNet | uses | Batch Normalization = BN\n", "utf-8"
    )
    s = quality.score_set("dev", notes, gold, tmp_path / "work")
    assert (s.gold_concepts_found, s.gold_concepts) == (2, 3)
    assert "- gold concepts named by a node the graph mentions: 2 of 3 (67%)" in quality.report([s])


def test_missed_gold_facts_are_counted_by_how_many_ends_the_graph_names(tmp_path):
    # where recall is lost: a missed fact whose two ends are nodes is the reading's miss; with an end no node names,
    # the concept has to be found first
    from bench import quality

    notes, gold = tmp_path / "notes", tmp_path / "gold"
    notes.mkdir()
    gold.mkdir()
    (notes / "a.md").write_text("# ResNet\n\nResNet 很深。Dropout 和 Batch Normalization 都常见。\n", "utf-8")
    (gold / "a.gold").write_text(
        "fact L3: ResNet | uses | Batch Normalization\nfact L3: ResNet | uses | Stone Oven\n"
        "fact L3: Rye Bread | uses | Stone Oven\n",
        "utf-8",
    )
    s = quality.score_set("dev", notes, gold, tmp_path / "work")
    assert s.missed_by_named_ends == (1, 1, 1)
    assert "- missed gold facts: 1 with both ends named by a mentioned node" in quality.report([s])


def test_bench_plans_refuses_an_unknown_option_before_running(tmp_path, monkeypatch):
    # a mistyped option ('--nowrite') once ran the whole plan benchmark and rewrote bench/RESULTS.md
    import pytest

    from bench import plans, quality

    ran = []
    monkeypatch.setattr(plans, "run", lambda sets: ran.append(sets) or {})
    monkeypatch.setattr(quality, "write_results", lambda *a, **k: ran.append("write"))  # never the real file
    monkeypatch.setattr(quality, "OUT", tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        plans.main(["--nowrite"])
    assert exit_info.value.code == 2 and not ran


def test_one_graph_fact_credits_one_gold_fact_and_a_repeated_gold_fact_is_one():
    # a node merging GPT with GPT-2 would otherwise answer 'GPT uses LM' and 'GPT-2 uses LM' with one fact
    gpt, gpt2, lm = quality.names("GPT"), quality.names("GPT-2"), quality.names("LM")
    gold = [
        quality.GoldFact(1, gpt, "uses", lm, False, "fact L1: GPT | uses | LM"),
        quality.GoldFact(2, gpt2, "uses", lm, False, "fact L2: GPT-2 | uses | LM"),
        quality.GoldFact(9, gpt, "uses", lm, False, "fact L9: GPT | uses | LM"),  # the same relation, stated again
    ]
    merged = set(gpt) | set(gpt2)
    fact = quality.GraphFact("n.md", "c:GPT", "uses", "c:LM", 1, "GPT uses LM.", 1.0)
    credited = quality._one_fact_per_gold(gold, [(merged, "uses", set(lm), fact)])
    assert len(credited & {0, 1}) == 1 and (0 in credited) == (2 in credited)
