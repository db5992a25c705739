"""Synthetic news articles in it, en, fr, de, es, ru for benchmarks (importable: ``generate(n, seed, profile=...)``).

Every sentence is assembled from templates and vocabulary written for fonte's benchmarks: quotations
with speech cues in each language's quotation style, agencies cited, people with roles, countries,
figures and dates, and a sprinkling of loaded words, in articles with a title and headings.

Two profiles:
- ``dense`` (the default of ``generate``, unchanged since the first figures): 300-1,200 words, every
  sentence a quotation, a citation or a cue; about twice the quotations, 18 times the citations and
  twice the sentences per 1,000 words of real news, per fonte's own findings.
- ``news``: calibrated on real articles (bench/realnews-sources.tsv and full-length reporting
  articles): log-normal lengths around 490 words, about half the sentences background and figures;
  quotations, citations, entities, technique spans and sentences per 1,000 words within 20 % of the
  real articles' medians.

    from corpus import generate          # with bench/ on sys.path
    for article in generate(100, seed=1, profile="news"):
        article.language, article.text   # text: title on the first line, blank lines between blocks
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

LANGUAGES = ("it", "en", "fr", "de", "es", "ru")
PROFILES = ("news", "dense")
MIN_WORDS, MAX_WORDS = 300, 1200


@dataclass(frozen=True)
class SyntheticArticle:
    language: str
    title: str
    text: str  # the whole article as plain text, title first
    words: int


# Per language: open/close quotation marks, vocabulary, and sentence templates whose slots are
# {person} {role} {country} {country2} {city} {agency} {topic} {loaded} {quote} {claim} {day}.
VOCABULARY: dict[str, dict] = {
    "it": {
        "marks": ("“", "”"),
        "person": ["Marco Bellini", "Giulia Ferraro", "Luca Santoro", "Elena Marchi", "Paolo Greco", "Chiara Conti"],
        "role": ["il ministro degli Esteri", "la portavoce del governo", "il presidente della regione", "il sindaco", "la commissaria europea", "il segretario del partito"],
        "country": ["la Francia", "la Germania", "la Spagna", "la Russia", "la Cina", "l’Ucraina", "gli Stati Uniti", "il Giappone"],
        "city": ["Roma", "Milano", "Bruxelles", "Ginevra", "Vienna", "Napoli"],
        "agency": ["Ansa", "Reuters", "Agenzia Nova", "Adnkronos", "AFP"],
        "topic": ["l’accordo sul gas", "il piano per le infrastrutture", "la riforma delle pensioni", "i dazi sull’acciaio", "il bilancio della difesa", "la crisi dei migranti"],
        "loaded": ["scandaloso", "vergognoso", "catastrofico", "disastroso", "inaccettabile", "criminale"],
        "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "ieri sera"],
        "claim": ["il governo non ha ancora deciso", "i negoziati proseguiranno la prossima settimana", "le sanzioni resteranno in vigore", "la spesa crescerà del tre per cento", "nessuna proposta è stata respinta"],
        "quote": ["Non faremo un passo indietro su {topic}", "Abbiamo chiesto garanzie precise a {country}", "Questo è un risultato importante per tutto il Paese", "Serve un impegno comune e serve subito", "Le famiglie non possono pagare il prezzo di questa crisi"],
        "sentences": [
            "{O}{quote}{C}, ha detto {role} {person}.",
            "{Role} {person} ha dichiarato: {O}{quote}.{C}",
            "Secondo {agency}, {claim}.",
            "Come riportato da {agency}, {claim}.",
            "{Role} ha spiegato che {claim}.",
            "{Country} e {country2} hanno discusso {topic} a {city} {day}.",
            "Si tratta di una scelta {loaded}, secondo l’opposizione.",
            "Il dibattito su {topic} è ripreso {day} a {city}.",
            "Gli analisti ritengono che {claim}.",
            "La delegazione è rientrata a {city} dopo due giorni di colloqui.",
        ],
        "headings": ["Le reazioni", "Il contesto", "Che cosa succede ora", "I numeri", "La posizione del governo"],
        "stated": "Tempo di lettura: {m} minuti",
    },
    "en": {
        "marks": ("“", "”"),
        "person": ["John Carter", "Sarah Mitchell", "David Owens", "Emily Hart", "Michael Brooks", "Laura Bennett"],
        "role": ["the foreign minister", "the government spokeswoman", "the state governor", "the mayor", "the EU commissioner", "the party leader"],
        "country": ["France", "Germany", "Spain", "Russia", "China", "Ukraine", "the United States", "Japan"],
        "city": ["London", "Washington", "Brussels", "Geneva", "Vienna", "Chicago"],
        "agency": ["Reuters", "the Associated Press", "AFP", "Bloomberg", "TASS"],
        "topic": ["the gas deal", "the infrastructure plan", "the pension reform", "the steel tariffs", "the defence budget", "the migration crisis"],
        "loaded": ["outrageous", "shameful", "catastrophic", "disastrous", "reckless", "criminal"],
        "day": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last night"],
        "claim": ["the government has not decided yet", "talks will continue next week", "the sanctions will stay in place", "spending will rise by three percent", "no proposal has been rejected"],
        "quote": ["We will not back down on {topic}", "We have asked {country} for clear guarantees", "This is an important result for the whole country", "We need a common effort and we need it now", "Families cannot pay the price of this crisis"],
        "sentences": [
            "{O}{quote},{C} {role} {person} said.",
            "{Role} {person} told reporters: {O}{quote}.{C}",
            "According to {agency}, {claim}.",
            "{Agency} reported that {claim}.",
            "{Role} explained that {claim}.",
            "{Country} and {country2} discussed {topic} in {city} {day}.",
            "The opposition called the decision {loaded}.",
            "The debate on {topic} resumed {day} in {city}.",
            "Analysts believe that {claim}.",
            "The delegation returned to {city} after two days of talks.",
        ],
        "headings": ["Reactions", "Background", "What happens next", "The numbers", "The government's position"],
        "stated": "{m} min read",
    },
    "fr": {
        "marks": ("« ", " »"),
        "person": ["Jean Moreau", "Claire Dubois", "Pierre Lefèvre", "Sophie Laurent", "Nicolas Girard", "Julie Bernard"],
        "role": ["le ministre des Affaires étrangères", "la porte-parole du gouvernement", "le président de la région", "le maire", "la commissaire européenne", "le chef du parti"],
        "country": ["la France", "l’Allemagne", "l’Espagne", "la Russie", "la Chine", "l’Ukraine", "les États-Unis", "le Japon"],
        "city": ["Paris", "Lyon", "Bruxelles", "Genève", "Vienne", "Marseille"],
        "agency": ["l’AFP", "Reuters", "l’agence Ria Novosti", "Bloomberg", "l’agence Xinhua"],
        "topic": ["l’accord sur le gaz", "le plan d’infrastructures", "la réforme des retraites", "les droits de douane sur l’acier", "le budget de la défense", "la crise migratoire"],
        "loaded": ["scandaleuse", "honteuse", "catastrophique", "désastreuse", "irresponsable", "criminelle"],
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "hier soir"],
        "claim": ["le gouvernement n’a pas encore tranché", "les négociations reprendront la semaine prochaine", "les sanctions resteront en vigueur", "les dépenses augmenteront de trois pour cent", "aucune proposition n’a été rejetée"],
        "quote": ["Nous ne reculerons pas sur {topic}", "Nous avons demandé des garanties claires à {country}", "C’est un résultat important pour tout le pays", "Il faut un effort commun, et il le faut maintenant", "Les familles ne peuvent pas payer le prix de cette crise"],
        "sentences": [
            "{O}{quote}{C}, a déclaré {role} {person}.",
            "{Role} {person} a affirmé : {O}{quote}.{C}",
            "Selon {agency}, {claim}.",
            "Comme l’a rapporté {agency}, {claim}.",
            "{Role} a expliqué que {claim}.",
            "{Country} et {country2} ont discuté de {topic} à {city} {day}.",
            "L’opposition a jugé cette décision {loaded}.",
            "Le débat sur {topic} a repris {day} à {city}.",
            "Les analystes estiment que {claim}.",
            "La délégation est rentrée à {city} après deux jours d’entretiens.",
        ],
        "headings": ["Les réactions", "Le contexte", "Et maintenant", "Les chiffres", "La position du gouvernement"],
        "stated": "Temps de lecture : {m} min",
    },
    "de": {
        "marks": ("„", "“"),
        "person": ["Thomas Becker", "Anna Schneider", "Stefan Wagner", "Julia Hoffmann", "Markus Fischer", "Katrin Weber"],
        "role": ["der Außenminister", "die Regierungssprecherin", "der Ministerpräsident", "der Bürgermeister", "die EU-Kommissarin", "der Parteichef"],
        "country": ["Frankreich", "Deutschland", "Spanien", "Russland", "China", "die Ukraine", "die Vereinigten Staaten", "Japan"],
        "city": ["Berlin", "München", "Brüssel", "Genf", "Wien", "Hamburg"],
        "agency": ["dpa", "Reuters", "AFP", "Bloomberg", "die Agentur RIA Nowosti"],
        "topic": ["das Gasabkommen", "den Infrastrukturplan", "die Rentenreform", "die Stahlzölle", "den Verteidigungshaushalt", "die Migrationskrise"],
        "loaded": ["skandalös", "beschämend", "katastrophal", "verheerend", "verantwortungslos", "kriminell"],
        "day": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "gestern Abend"],
        "claim": ["die Regierung noch nicht entschieden habe", "die Gespräche nächste Woche weitergehen", "die Sanktionen in Kraft bleiben", "die Ausgaben um drei Prozent steigen", "kein Vorschlag abgelehnt worden sei"],
        "quote": ["Wir werden bei {topic} nicht nachgeben", "Wir haben {country} um klare Garantien gebeten", "Das ist ein wichtiges Ergebnis für das ganze Land", "Wir brauchen eine gemeinsame Anstrengung, und zwar jetzt", "Die Familien dürfen nicht den Preis dieser Krise zahlen"],
        "sentences": [
            "{O}{quote}{C}, sagte {role} {person}.",
            "{Role} {person} erklärte: {O}{quote}.{C}",
            "Laut {agency} {claim_main}.",
            "Wie {agency} berichtete, {claim_main}.",
            "{Role} betonte, dass {claim}.",
            "{Country} und {country2} berieten {day} in {city} über {topic}.",
            "Die Opposition nannte die Entscheidung {loaded}.",
            "Die Debatte über {topic} wurde {day} in {city} fortgesetzt.",
            "Beobachter glauben, dass {claim}.",
            "Die Delegation kehrte nach zwei Tagen Gesprächen nach {city} zurück.",
        ],
        "claim_main": ["hat die Regierung noch nicht entschieden", "gehen die Gespräche nächste Woche weiter", "bleiben die Sanktionen in Kraft", "steigen die Ausgaben um drei Prozent"],
        "headings": ["Die Reaktionen", "Der Hintergrund", "Wie es weitergeht", "Die Zahlen", "Die Position der Regierung"],
        "stated": "Lesezeit: {m} Minuten",
    },
    "es": {
        "marks": ("«", "»"),
        "person": ["Javier Romero", "Lucía Navarro", "Carlos Herrera", "María Ortega", "Andrés Molina", "Elena Castro"],
        "role": ["el ministro de Exteriores", "la portavoz del Gobierno", "el presidente regional", "el alcalde", "la comisaria europea", "el líder del partido"],
        "country": ["Francia", "Alemania", "España", "Rusia", "China", "Ucrania", "Estados Unidos", "Japón"],
        "city": ["Madrid", "Barcelona", "Bruselas", "Ginebra", "Viena", "Sevilla"],
        "agency": ["EFE", "Reuters", "AFP", "Bloomberg", "la agencia Sputnik"],
        "topic": ["el acuerdo del gas", "el plan de infraestructuras", "la reforma de las pensiones", "los aranceles al acero", "el presupuesto de defensa", "la crisis migratoria"],
        "loaded": ["escandalosa", "vergonzosa", "catastrófica", "desastrosa", "irresponsable", "criminal"],
        "day": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "anoche"],
        "claim": ["el Gobierno aún no ha decidido", "las negociaciones seguirán la próxima semana", "las sanciones seguirán vigentes", "el gasto subirá un tres por ciento", "ninguna propuesta ha sido rechazada"],
        "quote": ["No daremos marcha atrás en {topic}", "Hemos pedido garantías claras a {country}", "Es un resultado importante para todo el país", "Hace falta un esfuerzo común y hace falta ya", "Las familias no pueden pagar el precio de esta crisis"],
        "sentences": [
            "{O}{quote}{C}, dijo {role} {person}.",
            "{Role} {person} afirmó: {O}{quote}.{C}",
            "Según {agency}, {claim}.",
            "Como informó {agency}, {claim}.",
            "{Role} explicó que {claim}.",
            "{Country} y {country2} discutieron {topic} en {city} {day}.",
            "La oposición calificó la decisión de {loaded}.",
            "El debate sobre {topic} se reanudó {day} en {city}.",
            "Los analistas creen que {claim}.",
            "La delegación regresó a {city} tras dos días de conversaciones.",
        ],
        "headings": ["Las reacciones", "El contexto", "Qué pasará ahora", "Las cifras", "La postura del Gobierno"],
        "stated": "Lectura de {m} minutos",
    },
    "ru": {
        "marks": ("«", "»"),
        "person": ["Иван Петров", "Анна Смирнова", "Сергей Волков", "Ольга Кузнецова", "Дмитрий Соколов", "Мария Попова"],
        "role": ["министр иностранных дел", "пресс-секретарь правительства", "губернатор", "мэр", "представитель партии", "глава комитета"],
        "country": ["Франция", "Германия", "Испания", "Россия", "Китай", "Украина", "США", "Япония"],
        "city": ["Москва", "Санкт-Петербург", "Брюссель", "Женева", "Вена", "Казань"],
        "agency": ["ТАСС", "РИА Новости", "Интерфакс", "Reuters", "AFP"],
        "topic": ["газовое соглашение", "план развития инфраструктуры", "пенсионная реформа", "пошлины на сталь", "оборонный бюджет", "миграционный кризис"],
        "loaded": ["скандальным", "позорным", "катастрофическим", "провальным", "безответственным", "преступным"],
        "day": ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "вчера вечером"],
        "claim": ["правительство ещё не приняло решения", "переговоры продолжатся на следующей неделе", "санкции останутся в силе", "расходы вырастут на три процента", "ни одно предложение не было отклонено"],
        "quote": ["Мы не отступим ни на шаг", "Мы попросили чётких гарантий", "Это важный результат для всей страны", "Нужны общие усилия, и нужны сейчас", "Семьи не должны платить за этот кризис"],
        "sentences": [
            "{O}{quote}{C}, — заявил {role} {person}.",
            "{Role} {person} сказал: {O}{quote}.{C}",
            "По данным {agency}, {claim}.",
            "Как сообщает {agency}, {claim}.",
            "{Role} пояснил, что {claim}.",
            "{Country} и {country2} обсудили вопрос {day} в городе {city}.",
            "Оппозиция назвала это решение {loaded}.",
            "Обсуждение возобновилось {day} в городе {city}.",
            "Аналитики считают, что {claim}.",
            "Делегация вернулась в город {city} после двух дней переговоров.",
        ],
        "headings": ["Реакция", "Контекст", "Что дальше", "Цифры", "Позиция правительства"],
        "stated": "Время чтения: {m} мин",
    },
}


def _capitalised(s: str) -> str:
    return s[:1].upper() + s[1:]


def _sentence(rng: random.Random, vocab: dict) -> str:
    pick = {slot: rng.choice(vocab[slot]) for slot in ("person", "role", "country", "city", "agency", "topic", "loaded", "day", "claim")}
    pick["country2"] = rng.choice([c for c in vocab["country"] if c != pick["country"]])
    pick["claim_main"] = rng.choice(vocab.get("claim_main", vocab["claim"]))
    pick["quote"] = rng.choice(vocab["quote"]).format(**pick)
    pick["O"], pick["C"] = vocab["marks"]
    for slot in ("role", "country", "agency"):
        pick[slot.capitalize()] = _capitalised(pick[slot])
    return _capitalised(rng.choice(vocab["sentences"]).format(**pick))


def article(rng: random.Random, language: str) -> SyntheticArticle:
    """One synthetic article in ``language``, of a random length between MIN_WORDS and MAX_WORDS."""
    vocab = VOCABULARY[language]
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    title = _sentence(rng, vocab).rstrip(".").replace("\n", " ")
    blocks = [title]
    if rng.random() < 0.3:
        blocks.append(vocab["stated"].format(m=max(1, round(target / 200))))
    words = len(title.split())
    headings = list(vocab["headings"])
    rng.shuffle(headings)
    while words < target:
        if words > 150 and headings and rng.random() < 0.25:
            blocks.append(headings.pop())
        paragraph = " ".join(_sentence(rng, vocab) for _ in range(rng.randint(2, 5)))
        blocks.append(paragraph)
        words += len(paragraph.split())
    return SyntheticArticle(language, title, "\n\n".join(blocks) + "\n", words)


def generate(n: int, seed: int = 0, languages: tuple[str, ...] = LANGUAGES, profile: str = "dense") -> list[SyntheticArticle]:
    """``n`` articles cycling through ``languages``; the same seed and profile give the same articles."""
    if profile not in PROFILES:
        raise ValueError(f"unknown corpus profile {profile!r} (one of {', '.join(PROFILES)})")
    rng = random.Random(seed)
    make = article if profile == "dense" else news_article
    return [make(rng, languages[i % len(languages)]) for i in range(n)]


# --- The "news" profile -------------------------------------------------------------------------
# Calibrated on real news articles (bench/realnews-sources.tsv): most sentences are background, figures
# and context, longer than the dense profile's; about one sentence in five quotes someone; one article
# in three cites another outlet; persuasion cues are scattered, not in every paragraph. Real articles
# seldom say the same eight words twice, and fonte reports that as Repetition, so every template here
# has a slot at least every seven words (see tests/test_bench_corpus.py), and the dense profile's
# fixed quotations are not used.
#
# Slots beyond the dense ones: {nquote} (a quotation with a slot of its own), {partial} (a quoted
# phrase), {month}, {k} (2-9), {n1} {n2} {n3} (counts), {p1} {p2} (percentages), {year}.
NEWS: dict[str, dict] = {
    "en": {
        "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        "city": ["Manchester", "Boston", "Dublin", "Warsaw", "Prague", "Lisbon", "Toronto", "Denver", "Leeds", "Glasgow", "Atlanta", "Seattle"],
        "tail": [", up from {p2} percent in {year}", ", {k} years after the previous reform in {city}", ", and a decision is due in {month}", ", well before the vote planned for {month}"],
        "nquote": [
            "We will present our answer on {topic} before {month}",
            "Nobody in {city} expected the talks to take this long",
            "The door remains open, but {country} has to move first",
            "We have {k} weeks left and {n2} issues still open",
            "These figures show that {topic} is working",
            "I spoke to my counterpart in {city} {day} and we agreed to meet again",
        ],
        "partial": ["a step in the right direction", "premature", "a serious mistake", "long overdue", "not enough"],
        "direct": [
            "{O}{nquote},{C} {role} {person} said.",
            "{Role} {person} told reporters in {city}: {O}{nquote}.{C}",
            "{O}{nquote},{C} {person} said {day} in {city}.",
        ],
        "partial_sentences": [
            "{Role} {person} called the proposal {O}{partial}{C} and asked for more time.",
            "The opposition in {city} described the measure as {O}{partial},{C} but a vote is expected in {month}.",
        ],
        "indirect": ["{person} said {day} that {claim}."],
        "neutral": [
            "The plan, first presented in {year}, would cost about {n1} million euros over {k} years.",
            "Talks on {topic} began in {city} in {year} and have been interrupted {k} times since then.",
            "Unemployment in {city} stood at {p1} percent in {year}, while wages rose by {p2} percent.",
            "The committee will publish its report in {month}, after hearing unions and employers from {city}.",
            "Over the past decade {country} has spent more than {n1} million euros on similar programmes, {p1} percent of it in {city}.",
            "The ministry has asked {n2} experts to review the text before {month}.",
            "{k} coalition members from {city} asked for more time to read the {n3}-page bill.",
            "The government wanted the bill ready by {month}, but objections from {city} delayed it.",
            "Turnout in the last election in {city} was {p1} percent, the lowest since {year}.",
            "{person}, who has led the ministry since {year}, is due to visit {city} in {month}.",
            "Exports to {country} fell by {p1} percent last year, to about {n1} million euros.",
            "The agreement signed in {city} in {year} expires in {month} and has not been renewed.",
        ],
        "cue": [
            "Critics say the so-called reform in {city} is a threat to {n2} thousand jobs.",
            "{person} said the agreement was allegedly drafted in {city} without consulting parliament.",
            "The {loaded} decision, {person} said, was the worst mistake in {k} decades.",
            "Protesters in {city} accused the government {day} of betraying our values and democracy.",
            "The opposition leader {person} called the ministers in {city} incompetent and reckless.",
            "Officials in {city} warned {day} of an unprecedented crisis if talks with {country} collapse in {month}.",
        ],
    },
    "it": {
        "month": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        "city": ["Torino", "Bologna", "Firenze", "Palermo", "Genova", "Bari", "Verona", "Trieste", "Cagliari", "Padova", "Parigi", "Berlino"],
        "tail": [", in aumento dal {p2} per cento del {year}", ", {k} anni dopo la precedente riforma di {city}", ", e una decisione è attesa a {month}", ", ben prima del voto previsto a {month}"],
        "nquote": [
            "Presenteremo la nostra risposta su {topic} entro {month}",
            "Nessuno a {city} si aspettava trattative così lunghe",
            "La porta resta aperta, ma {country} deve fare il primo passo",
            "Abbiamo {k} settimane e ancora {n2} questioni aperte",
            "Questi numeri dimostrano che {topic} funziona",
            "Ho sentito il mio omologo a {city} {day} e ci rivedremo presto",
        ],
        "partial": ["un passo nella giusta direzione", "prematura", "un errore grave", "attesa da anni", "insufficiente"],
        "direct": [
            "{O}{nquote}{C}, ha detto {role} {person}.",
            "{Role} {person} ha dichiarato ai giornalisti a {city}: {O}{nquote}.{C}",
            "{O}{nquote}{C}, ha detto {person} {day} a {city}.",
        ],
        "partial_sentences": [
            "{Role} {person} ha definito la proposta {O}{partial}{C} e ha chiesto più tempo.",
            "Per l’opposizione di {city} la misura è {O}{partial}{C}, ma il voto è previsto a {month}.",
        ],
        "indirect": ["{person} ha detto {day} che {claim}."],
        "neutral": [
            "Il piano, presentato la prima volta nel {year}, costerebbe circa {n1} milioni di euro in {k} anni.",
            "Le trattative sono cominciate a {city} nel {year} e da allora si sono interrotte {k} volte.",
            "A {city} la disoccupazione era al {p1} per cento nel {year}, mentre i salari sono saliti del {p2} per cento.",
            "La commissione pubblicherà la relazione a {month}, dopo avere ascoltato sindacati e imprese di {city}.",
            "Nell’ultimo decennio {country} ha speso più di {n1} milioni di euro in programmi simili, il {p1} per cento a {city}.",
            "Il ministero ha chiesto a {n2} esperti di esaminare il testo entro {month}.",
            "{k} parlamentari della maggioranza eletti a {city} chiedono più tempo per leggere le {n3} pagine del testo.",
            "Il governo voleva il testo pronto per {month}, ma le obiezioni arrivate da {city} lo hanno rallentato.",
            "Alle ultime elezioni a {city} l’affluenza è stata del {p1} per cento, la più bassa dal {year}.",
            "{person}, alla guida del ministero dal {year}, è attesa a {city} a {month}.",
            "Le esportazioni verso {country} sono calate del {p1} per cento, a circa {n1} milioni di euro.",
            "L’accordo firmato a {city} nel {year} scade a {month} e non è stato rinnovato.",
        ],
        "cue": [
            "Secondo i critici la cosiddetta riforma di {city} è una minaccia per {n2} mila posti di lavoro.",
            "{person} ha detto {day} che l’accordo è presuntamente nato a {city} senza il parlamento.",
            "La decisione {loaded}, secondo {person}, è stata il peggiore errore degli ultimi {k} decenni.",
            "I manifestanti di {city} accusano il governo di tradire {k} volte i nostri valori e la democrazia.",
            "Il leader dell’opposizione {person} ha definito i ministri di {city} incompetenti e irresponsabili.",
            "A {city} si teme una crisi senza precedenti a {month} se falliscono i colloqui con {country}.",
        ],
    },
    "fr": {
        "month": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        "city": ["Toulouse", "Nice", "Nantes", "Strasbourg", "Bordeaux", "Lille", "Rennes", "Montpellier", "Dijon", "Grenoble", "Berlin", "Madrid"],
        "tail": [", contre {p2} pour cent en {year}", ", {k} ans après la précédente réforme de {city}", ", et une décision est attendue en {month}", ", bien avant le vote prévu en {month}"],
        "nquote": [
            "Nous présenterons notre réponse sur {topic} avant {month}",
            "Personne à {city} ne s’attendait à des discussions aussi longues",
            "La porte reste ouverte, mais {country} doit faire le premier pas",
            "Il nous reste {k} semaines et {n2} questions encore ouvertes",
            "Ces chiffres montrent que {topic} fonctionne",
            "J’ai parlé à mon homologue à {city} {day} et nous nous reverrons",
        ],
        "partial": ["un pas dans la bonne direction", "prématurée", "une grave erreur", "attendue depuis longtemps", "insuffisante"],
        "direct": [
            "{O}{nquote}{C}, a déclaré {role} {person}.",
            "{Role} {person} a dit aux journalistes à {city} : {O}{nquote}.{C}",
            "{O}{nquote}{C}, a affirmé {person} {day} à {city}.",
        ],
        "partial_sentences": [
            "{Role} {person} a qualifié la proposition de {O}{partial}{C} et demandé du temps.",
            "Pour l’opposition de {city}, la mesure est {O}{partial}{C}, mais le vote est prévu en {month}.",
        ],
        "indirect": ["{person} a indiqué {day} que {claim}."],
        "neutral": [
            "Le plan, présenté la première fois en {year}, coûterait environ {n1} millions d’euros sur {k} ans.",
            "Les discussions ont commencé à {city} en {year} et ont été interrompues {k} fois depuis.",
            "À {city}, le chômage atteignait {p1} pour cent en {year}, tandis que les salaires ont augmenté de {p2} pour cent.",
            "La commission publiera son rapport en {month}, après avoir entendu syndicats et employeurs de {city}.",
            "En dix ans, {country} a dépensé plus de {n1} millions d’euros pour des programmes semblables, dont {p1} pour cent à {city}.",
            "Le ministère a demandé à {n2} experts d’examiner le texte avant {month}.",
            "{k} élus de la majorité à {city} réclament du temps pour lire les {n3} pages du projet.",
            "Le gouvernement voulait un texte prêt en {month}, mais les objections venues de {city} l’ont retardé.",
            "Aux dernières élections à {city}, la participation a été de {p1} pour cent, la plus faible depuis {year}.",
            "{person}, à la tête du ministère depuis {year}, doit se rendre à {city} en {month}.",
            "Les exportations vers {country} ont reculé de {p1} pour cent, à environ {n1} millions d’euros.",
            "L’accord signé à {city} en {year} expire en {month} et n’a pas été renouvelé.",
        ],
        "cue": [
            "Selon ses détracteurs, la prétendue réforme de {city} menace {n2} mille emplois.",
            "{person} a affirmé {day} que l’accord aurait été rédigé à {city} sans consulter le parlement.",
            "Cette décision {loaded} est, selon {person}, la pire erreur depuis {k} décennies.",
            "À {city}, les manifestants accusent le gouvernement {day} de trahir nos valeurs et la démocratie.",
            "Le chef de l’opposition {person} a jugé les ministres de {city} incompétents et irresponsables.",
            "À {city}, on redoute une crise sans précédent en {month} si les discussions avec {country} échouent.",
        ],
    },
    "de": {
        "month": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        "city": ["Köln", "Frankfurt", "Stuttgart", "Leipzig", "Dresden", "Hannover", "Bremen", "Nürnberg", "Düsseldorf", "Zürich", "Graz", "Kiel"],
        "tail": [", nach {p2} Prozent im Jahr {year}", ", {k} Jahre nach der letzten Reform in {city}", ", eine Entscheidung wird im {month} erwartet", ", lange vor der für {month} geplanten Abstimmung"],
        "nquote": [
            "Wir legen unsere Antwort auf {topic} bis {month} vor",
            "Niemand in {city} hat mit so langen Verhandlungen gerechnet",
            "Die Tür bleibt offen, aber {country} muss sich zuerst bewegen",
            "Wir haben noch {k} Wochen und {n2} offene Fragen",
            "Diese Zahlen zeigen, dass {topic} wirkt",
            "Ich habe {day} mit meinem Amtskollegen in {city} gesprochen",
        ],
        "partial": ["einen Schritt in die richtige Richtung", "verfrüht", "einen schweren Fehler", "längst überfällig", "unzureichend"],
        "direct": [
            "{O}{nquote}{C}, sagte {role} {person}.",
            "{Role} {person} sagte vor Journalisten in {city}: {O}{nquote}.{C}",
            "{O}{nquote}{C}, sagte {person} {day} in {city}.",
        ],
        "partial_sentences": [
            "{Role} {person} nannte den Vorschlag {O}{partial}{C} und bat um mehr Zeit.",
            "Die Opposition in {city} hält die Maßnahme für {O}{partial}{C}, abgestimmt wird aber im {month}.",
        ],
        "indirect": ["{person} sagte {day}, dass {claim}."],
        "neutral": [
            "Der Plan, der {year} erstmals vorgestellt wurde, würde rund {n1} Millionen Euro über {k} Jahre kosten.",
            "Die Gespräche begannen {year} in {city} und wurden seitdem {k} Mal unterbrochen.",
            "In {city} lag die Arbeitslosenquote {year} bei {p1} Prozent, die Löhne stiegen um {p2} Prozent.",
            "Der Ausschuss legt seinen Bericht im {month} vor, nachdem er Gewerkschaften und Arbeitgeber aus {city} angehört hat.",
            "In zehn Jahren hat {country} mehr als {n1} Millionen Euro für ähnliche Programme ausgegeben, {p1} Prozent davon in {city}.",
            "Das Ministerium hat {n2} Fachleute gebeten, den Text bis {month} zu prüfen.",
            "{k} Abgeordnete der Koalition aus {city} wollen mehr Zeit für die {n3} Seiten des Entwurfs.",
            "Die Regierung wollte den Entwurf bis {month} fertig haben, doch Einwände aus {city} verzögerten ihn.",
            "Bei der letzten Wahl in {city} lag die Beteiligung bei {p1} Prozent, so niedrig wie seit {year} nicht.",
            "{person}, seit {year} an der Spitze des Ministeriums, wird im {month} in {city} erwartet.",
            "Die Ausfuhren nach {city} sanken um {p1} Prozent auf rund {n1} Millionen Euro.",
            "Das {year} in {city} unterzeichnete Abkommen läuft im {month} aus und wurde nicht verlängert.",
        ],
        "cue": [
            "Kritiker halten die sogenannte Reform in {city} für eine Bedrohung für {n2} tausend Arbeitsplätze.",
            "{person} sagte, das Abkommen sei angeblich in {city} ohne das Parlament entstanden.",
            "Die {loaded} Entscheidung sei, so {person}, der schlimmste Fehler seit {k} Jahrzehnten.",
            "Demonstranten in {city} werfen der Regierung {day} vor, unsere Werte zu verraten.",
            "Oppositionsführer {person} nannte die Minister in {city} inkompetent und verantwortungslos.",
            "Beamte in {city} warnen vor einer beispiellosen Krise im {month}, falls die Gespräche scheitern.",
        ],
    },
    "es": {
        "month": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        "city": ["Valencia", "Bilbao", "Zaragoza", "Málaga", "Valladolid", "Granada", "Murcia", "Oviedo", "Lisboa", "Roma", "Santander", "Córdoba"],
        "tail": [", frente al {p2} por ciento de {year}", ", {k} años después de la anterior reforma de {city}", ", y se espera una decisión en {month}", ", mucho antes de la votación prevista en {month}"],
        "nquote": [
            "Presentaremos nuestra respuesta sobre {topic} antes de {month}",
            "Nadie en {city} esperaba unas negociaciones tan largas",
            "La puerta sigue abierta, pero {country} tiene que moverse primero",
            "Nos quedan {k} semanas y {n2} asuntos todavía abiertos",
            "Estas cifras demuestran que {topic} funciona",
            "Hablé con mi homólogo en {city} {day} y volveremos a vernos",
        ],
        "partial": ["un paso en la buena dirección", "prematura", "un error grave", "largamente esperada", "insuficiente"],
        "direct": [
            "{O}{nquote}{C}, dijo {role} {person}.",
            "{Role} {person} dijo a los periodistas en {city}: {O}{nquote}.{C}",
            "{O}{nquote}{C}, afirmó {person} {day} en {city}.",
        ],
        "partial_sentences": [
            "{Role} {person} calificó la propuesta de {O}{partial}{C} y pidió más tiempo.",
            "Para la oposición de {city} la medida es {O}{partial}{C}, pero la votación será en {month}.",
        ],
        "indirect": ["{person} dijo {day} que {claim}."],
        "neutral": [
            "El plan, presentado por primera vez en {year}, costaría unos {n1} millones de euros en {k} años.",
            "Las conversaciones empezaron en {city} en {year} y se han interrumpido {k} veces desde entonces.",
            "En {city} el paro era del {p1} por ciento en {year}, mientras los salarios subieron un {p2} por ciento.",
            "La comisión publicará su informe en {month}, tras escuchar a sindicatos y empresarios de {city}.",
            "En diez años, {country} ha gastado más de {n1} millones de euros en programas similares, el {p1} por ciento en {city}.",
            "El ministerio ha pedido a {n2} expertos que revisen el texto antes de {month}.",
            "{k} diputados de la coalición elegidos en {city} piden más tiempo para leer las {n3} páginas del proyecto.",
            "El Gobierno quería el texto listo en {month}, pero las objeciones de {city} lo retrasaron.",
            "En las últimas elecciones en {city} la participación fue del {p1} por ciento, la más baja desde {year}.",
            "{person}, al frente del ministerio desde {year}, viajará a {city} en {month}.",
            "Las exportaciones a {country} cayeron un {p1} por ciento, hasta unos {n1} millones de euros.",
            "El acuerdo firmado en {city} en {year} vence en {month} y no ha sido renovado.",
        ],
        "cue": [
            "Según los críticos, la supuesta reforma de {city} amenaza {n2} mil empleos.",
            "{person} dijo {day} que el acuerdo fue presuntamente redactado en {city} sin consultar al Parlamento.",
            "La decisión {loaded} fue, según {person}, el peor error en {k} décadas.",
            "Los manifestantes de {city} acusan al Gobierno {day} de traicionar nuestros valores y la democracia.",
            "El líder de la oposición {person} calificó a los ministros de {city} de incompetentes e irresponsables.",
            "En {city} temen una crisis sin precedentes en {month} si fracasan las conversaciones con {country}.",
        ],
    },
    "ru": {
        "month": ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"],
        "city": ["Новосибирск", "Екатеринбург", "Самара", "Омск", "Пермь", "Воронеж", "Томск", "Тверь", "Ярославль", "Иркутск", "Минск", "Рига"],
        "tail": [", против {p2} процента в {year} году", ", через {k} лет после прошлой реформы", ", а решение ожидается в {month}", ", задолго до голосования в {month}"],
        "nquote": [
            "Мы представим свой ответ в {month}",
            "Никто в городе {city} не ожидал таких долгих переговоров",
            "Дверь открыта, но первый шаг за ними",
            "У нас осталось {k} недель и {n2} нерешённых вопросов",
            "Эти цифры показывают, что программа работает уже {k} лет",
            "Я {day} говорил с коллегой из города {city}, мы встретимся снова",
        ],
        "partial": ["шагом в правильном направлении", "преждевременным", "серьёзной ошибкой", "давно назревшим", "недостаточным"],
        "direct": [
            "{O}{nquote}{C}, — заявил {role} {person}.",
            "{Role} {person} сказал журналистам в городе {city}: {O}{nquote}.{C}",
            "{O}{nquote}{C}, — сказал {person} {day} в городе {city}.",
        ],
        "partial_sentences": [
            "{Role} {person} назвал это предложение {O}{partial}{C} и попросил больше времени.",
            "Оппозиция в городе {city} считает меру {O}{partial}{C}, но голосование пройдёт в {month}.",
        ],
        "indirect": ["{person} {day} сообщил, что {claim}."],
        "neutral": [
            "План, впервые представленный в {year} году, обойдётся примерно в {n1} миллионов рублей за {k} лет.",
            "Переговоры начались в {year} году в городе {city} и с тех пор прерывались {k} раза.",
            "Безработица в городе {city} в {year} году составила {p1} процента, а зарплаты выросли на {p2} процента.",
            "Комиссия опубликует доклад в {month}, выслушав профсоюзы и работодателей из города {city}.",
            "За десять лет {country} потратила более {n1} миллионов на похожие программы, {p1} процента из них в городе {city}.",
            "Министерство попросило {n2} экспертов изучить документ до конца года.",
            "{k} депутатов коалиции из города {city} просят больше времени на {n3} страниц законопроекта.",
            "Правительство хотело подготовить текст в {month}, но возражения из города {city} его задержали.",
            "Явка на последних выборах в городе {city} составила {p1} процента, минимум с {year} года.",
            "{person}, возглавляющий министерство с {year} года, посетит город {city} в {month}.",
            "Экспорт сократился на {p1} процента, примерно до {n1} миллионов рублей.",
            "Соглашение, подписанное в {year} году в городе {city}, истекает в {month} и не продлено.",
        ],
        "cue": [
            "Критики считают так называемую реформу в городе {city} угрозой для {n2} тысяч рабочих мест.",
            "{person} заявил, что соглашение якобы готовилось в городе {city} без участия парламента.",
            "Это {loaded} решение, по словам {person}, стало худшей ошибкой за {k} десятилетия.",
            "Протестующие в городе {city} обвиняют власти {day} в предательстве наших ценностей и демократии.",
            "Лидер оппозиции {person} назвал министров некомпетентными и безответственными.",
            "Чиновники в городе {city} опасаются беспрецедентного кризиса, если переговоры сорвутся в {month}.",
        ],
    },
}

# How often each kind of sentence is drawn, tuned until fonte's findings per 1,000 words matched the
# real articles' medians; "citation", "indirect" and "loaded" also draw on the dense profile's
# templates of that kind (DENSE_KINDS).
NEWS_WEIGHTS = {"direct": 16, "partial": 6, "indirect": 12, "citation": 2, "loaded": 2, "cue": 11, "neutral": 51}
NEWS_TAILS = {"neutral": 0.9, "cue": 0.5, "indirect": 0.5, "citation": 0.5}  # share of sentences given a trailing clause
NEWS_MEDIAN_WORDS, NEWS_SIGMA = 490, 0.67  # log-normal article length, fitted to full real articles
NEWS_MIN_WORDS, NEWS_MAX_WORDS = 90, 3000
# Which kind each of the dense profile's ten templates is; its quotations and neutral sentences repeat
# too often for the news profile, so only these kinds are reused.
DENSE_KINDS = ("direct", "direct", "citation", "citation", "indirect", "neutral", "loaded", "neutral", "indirect", "neutral")
_REUSED_KINDS = ("citation", "indirect", "loaded")


def news_templates(language: str) -> dict[str, list[str]]:
    """The news profile's sentence templates of ``language``, by kind."""
    own = NEWS[language]
    kinds = {
        "direct": own["direct"], "partial": own["partial_sentences"], "indirect": list(own["indirect"]),
        "citation": [], "loaded": [], "cue": own["cue"], "neutral": own["neutral"],
    }
    for kind, template in zip(DENSE_KINDS, VOCABULARY[language]["sentences"]):
        if kind in _REUSED_KINDS:
            kinds[kind].append(template)
    return kinds


class _Deck:
    """Templates of one article, dealt without replacement per kind so that sentences seldom repeat."""

    def __init__(self, rng: random.Random, language: str):
        self.rng, self.language = rng, language
        self.templates = news_templates(language)
        self.left: dict[str, list[str]] = {}

    def deal(self, kind: str) -> str:
        if not self.left.get(kind):
            self.left[kind] = list(self.templates[kind])
            self.rng.shuffle(self.left[kind])
        return self.left[kind].pop()


def _news_people(language: str) -> list[str]:
    """Every first name of the dense profile with every surname (Russian ones agreeing in gender)."""
    names = [p.split(" ", 1) for p in VOCABULARY[language]["person"]]
    feminine = (lambda word: word.endswith(("а", "я"))) if language == "ru" else (lambda word: None)
    return [f"{first} {last}" for first, _ in names for _, last in names if feminine(first) == feminine(last)]


def _news_sentence(rng: random.Random, deck: _Deck) -> str:
    language = deck.language
    own = NEWS[language]
    kind = rng.choices(list(NEWS_WEIGHTS), weights=list(NEWS_WEIGHTS.values()))[0]
    vocab = {**VOCABULARY[language], "person": _news_people(language), "city": VOCABULARY[language]["city"] + own["city"]}
    slots = _NewsSlots(
        month=rng.choice(own["month"]), k=rng.randint(2, 9), n1=rng.randint(120, 950), n2=rng.randint(6, 40),
        n3=rng.randint(60, 400), p1=rng.randint(3, 68), p2=rng.randint(2, 9), year=rng.randint(1995, 2022),
        partial=rng.choice(own["partial"]),
    )
    slots["nquote"] = rng.choice(own["nquote"]).format_map(slots)
    template = deck.deal(kind)
    # Real news sentences run long: background ones often end on a figure or a date, reported
    # statements on what happens next (the last two tails).
    tails = own["tail"] if kind == "neutral" else own["tail"][2:]
    if kind in NEWS_TAILS and rng.random() < NEWS_TAILS[kind]:
        template = template[:-1] + rng.choice(tails) + "."
    vocab["sentences"] = [template.format_map(slots)]
    return _sentence(rng, vocab)


class _NewsSlots(dict):
    """Fills the news profile's own slots and leaves the dense profile's for ``_sentence``."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def news_article(rng: random.Random, language: str) -> SyntheticArticle:
    """One article of the news profile: real-news lengths, mostly background sentences, short paragraphs."""
    vocab = VOCABULARY[language]
    deck = _Deck(rng, language)
    target = round(rng.lognormvariate(math.log(NEWS_MEDIAN_WORDS), NEWS_SIGMA))
    target = min(NEWS_MAX_WORDS, max(NEWS_MIN_WORDS, target))
    title = _news_sentence(rng, deck).rstrip(".").replace("\n", " ")
    blocks = [title]
    if rng.random() < 0.1:
        blocks.append(vocab["stated"].format(m=max(1, round(target / 200))))
    words = len(title.split())
    headings = list(vocab["headings"])
    rng.shuffle(headings)
    while words < target:
        if words > 300 and headings and rng.random() < 0.1:
            blocks.append(headings.pop())
        sentences = rng.choices((1, 2, 3, 4), weights=(30, 40, 22, 8))[0]
        paragraph = " ".join(_news_sentence(rng, deck) for _ in range(sentences))
        blocks.append(paragraph)
        words += len(paragraph.split())
    return SyntheticArticle(language, title, "\n\n".join(blocks) + "\n", words)
