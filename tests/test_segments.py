from fonte.analyze.segments import split_sentences


def texts(text, lang="en"):
    return [s.text for s in split_sentences(text, lang)]


def test_abbreviation_does_not_end_sentence():
    assert texts("Mr. Brown arrived late. He left early.") == ["Mr. Brown arrived late.", "He left early."]


def test_initial_does_not_end_sentence():
    assert texts("J. R. Smith spoke. Nobody listened.") == ["J. R. Smith spoke.", "Nobody listened."]


def test_decimal_number_is_not_a_boundary():
    assert texts("Prices rose 3.5 percent. Then fell.") == ["Prices rose 3.5 percent.", "Then fell."]


def test_closing_quote_stays_with_its_sentence():
    got = texts("Il ministro ha detto: «Andiamo avanti. Non ci fermeremo». Poi è partito.", "it")
    assert got == ["Il ministro ha detto: «Andiamo avanti. Non ci fermeremo».", "Poi è partito."]


def test_unbalanced_quote_does_not_swallow_the_paragraph():
    got = texts("He said “we go. She stayed. They left.")
    assert len(got) == 3


def test_offsets_point_into_text():
    text = "Dr. Rossi è arrivato. Il sig. Bianchi no!  Ecco."
    for s in split_sentences(text, "it", offset=10):
        assert text[s.start - 10 : s.end - 10] == s.text
