"""Synthetic news articles in it, en, fr, de, es, ru for benchmarks (importable: ``generate(n, seed)``).

Every sentence is assembled from templates and vocabulary written for fonte's benchmarks: quotations
with speech cues in each language's quotation style, agencies cited, people with roles, countries,
and a sprinkling of loaded words, in articles of 300-1,200 words with a title and headings.

    from corpus import generate          # with bench/ on sys.path
    for article in generate(100, seed=1):
        article.language, article.text   # text: title on the first line, blank lines between blocks
"""

from __future__ import annotations

import random
from dataclasses import dataclass

LANGUAGES = ("it", "en", "fr", "de", "es", "ru")
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


def generate(n: int, seed: int = 0, languages: tuple[str, ...] = LANGUAGES) -> list[SyntheticArticle]:
    """``n`` articles cycling through ``languages``; the same seed gives the same articles."""
    rng = random.Random(seed)
    return [article(rng, languages[i % len(languages)]) for i in range(n)]
