"""Name-calling summary lines quote the label word and the actor it is applied to."""

from __future__ import annotations

from fonte import analyze_text
from fonte.analyze import summary
from fonte.model import Analysis, Article, Entity, Mention, Technique


def _label_line(lines: list[str]) -> str:
    return next(line for line in lines if line.startswith("labels "))


def test_summary_labels_name_the_actor_and_the_word_en() -> None:
    a = analyze_text("Talks stall\n\nThe hysterical West keeps sending weapons to the region.", language="en")
    assert _label_line(a.summary) == 'labels West "hysterical"'


def test_summary_labels_name_the_actor_and_the_word_it() -> None:
    a = analyze_text("Colloqui fermi\n\nLa reazione isterica dell’Europa non cambia nulla nei negoziati.", language="it")
    assert _label_line(a.summary) == 'labels Europa "isterica"'


def test_summary_label_without_actor_takes_an_entity_inside_its_span() -> None:
    text = "T\n\nThe Ruritania regime refused the offer. Dreadful puppets everywhere."
    a = Analysis(article=Article(text=text))
    at = text.index("The Ruritania regime")
    a.entities = [Entity("Ruritania", "country", mentions=[Mention(at + 4, at + 13, "Ruritania")])]
    why = 'the label "{}" names an actor by a judgement, not by who it is'
    puppets = text.index("puppets")
    a.techniques = [
        Technique("Name_Calling-Labeling", "puppets", puppets, puppets + 7, 0.3, why.format("puppets"), "r"),
        Technique("Name_Calling-Labeling", text[at:at + 20], at, at + 20, 0.3, why.format("regime"), "r"),
        Technique("Name_Calling-Labeling", text[at:at + 20], at, at + 20, 0.3, why.format("regime"), "r"),
    ]
    assert _label_line(summary.summarise(a)) == 'labels Ruritania "regime", "puppets"'
