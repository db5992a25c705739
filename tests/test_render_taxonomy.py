"""The technique taxonomy the renderers colour by: 23 SemEval-2023 labels in 6 categories."""

from fonte import taxonomy

SEMEVAL_LABELS = {
    "Appeal_to_Authority", "Appeal_to_Popularity", "Appeal_to_Values", "Appeal_to_Fear-Prejudice",
    "Flag_Waving", "Causal_Oversimplification", "False_Dilemma-No_Choice",
    "Consequential_Oversimplification", "Straw_Man", "Red_Herring", "Whataboutism", "Slogans",
    "Appeal_to_Time", "Conversation_Killer", "Loaded_Language", "Repetition",
    "Exaggeration-Minimisation", "Obfuscation-Vagueness-Confusion", "Name_Calling-Labeling", "Doubt",
    "Guilt_by_Association", "Appeal_to_Hypocrisy", "Questioning_the_Reputation",
}


def test_taxonomy_holds_exactly_the_semeval_labels():
    assert set(taxonomy.techniques()) == SEMEVAL_LABELS


def test_every_technique_has_a_known_category_and_a_definition():
    cats = taxonomy.categories()
    assert len(cats) == 6
    for info in taxonomy.techniques().values():
        assert info.category in cats
        assert info.definition.endswith(".")
        assert info.category_name == cats[info.category]


def test_categories_follow_the_semeval_grouping():
    assert taxonomy.category_of("Flag_Waving") == "justification"
    assert taxonomy.category_of("Whataboutism") == "distraction"
    assert taxonomy.category_of("Repetition") == "manipulative_wording"
    assert taxonomy.category_of("Doubt") == "attack_on_reputation"
    assert taxonomy.category_of("Slogans") == "call"
    assert taxonomy.category_of("False_Dilemma-No_Choice") == "simplification"


def test_unknown_label_gets_the_other_category():
    info = taxonomy.technique("Not_A_Label")
    assert info.category == taxonomy.UNKNOWN_CATEGORY
    assert info.name == "Not A Label"
