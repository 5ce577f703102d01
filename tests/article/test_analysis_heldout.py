# ruff: noqa: E501  (fixture prose is kept one paragraph per line)
"""Held-out texts for the analysis layer: written before the rules were tuned, never tuned on.

Every person, place and organisation here is invented. Each text states the exact speaker of
its quotes and the kind of every actor a careful reader would list; any other actor reported is
junk. These texts exercise general rules (pronoun gender, "said X, role of Y", prepositions of
place, organisation suffixes, acronyms, credit lines), not the wording of the gold pages.
"""

from __future__ import annotations

import pytest

from reader.article.analyse import analyse

FERRY = """# Ferry operator cuts winter sailings

Tessaly Ferries will cut its winter timetable between Orrin Bay and the island of Calvaro, the company said on Monday.

Captain Joren Marsk, who has sailed the route for twenty years, said the decision would isolate islanders. "People here depend on the boat for everything," he said.

Councillor Edda Vintry disagreed. "The numbers simply do not add up," she said. "We lose money on every crossing in January."

Marsk said Vintry had ignored his letters. "I never got an answer," he said.

"We have asked the Ministry of Transport for help," Vintry added.
"""

FINE = """# Lumenhall Energy fined over gas leak

The Dravian Safety Authority (DSA) fined Lumenhall Energy 2 million crowns on Thursday over a gas leak at its plant near Koberg.

"The company ignored three warnings," said Petra Anselm, director of enforcement at the DSA. "That is not an accident, it is a choice."

Lumenhall said in a statement that it would appeal. "We have already replaced the faulty valve," the company said.

Residents of Koberg were evacuated for two days in March. Yusuf Balden, who runs a bakery on Mill Street, said he lost a week of trade. "Nobody from Lumenhall has even said sorry," Balden said.

The leak was first reported by the Koberg Courier.
"""

WIRE = """OSTRAVEL, May 3 (Wirepost) - Farmers from the south blocked roads to the capital, Ostravel, on Saturday in protest against new water charges.

"We cannot grow wheat without water, and we cannot pay these prices," said Tomasz Grell, a farmer from Lindau who helped organise the protest.

Agriculture Minister Hana Brisk told reporters the charges were needed to repair old canals. She said the government would meet the farmers next week.

"The door is open," Brisk said.

Reporting by Aleksy Mord; Editing by Janne Holt
"""

MUSEUM = """# Museum director quits

The director of the Harnow Museum of Art, Ilse Veyron, resigned on Friday after a row with the city council over funding.

In a letter to staff, Veyron wrote that the cuts would "destroy forty years of work".

"I cannot in good conscience stay," she wrote. "The collection deserves better than this.

"I hope my successor has more luck than I did."

Mayor Gunnar Strand said he regretted her decision but defended the budget. "Every department has had to find savings," Strand said. "The museum is no exception."

The Friends of Harnow Museum, a volunteer group, called the resignation "a disaster for the city".
"""

BREACH = """# Data breach at Kestrawn Bank

Kestrawn Bank said on Wednesday that hackers had stolen the details of 40,000 customers, the second breach at a lender in Nordhavia this year.

A spokeswoman for the bank said passwords were not affected. "We have reset every account as a precaution," she said.

The breach was first reported by the website Ledgerline, which said the stolen data was offered for sale on a forum. According to Ledgerline, "the seller asked for payment in cryptocurrency".

Olek Tarrant, a security researcher at Brenwick University, said the bank had been slow to act. "They knew about this on Friday," Tarrant said.

Shares in Kestrawn fell 3% in Valmont.
"""

STORM = """# Storm closes Pellin harbour

Fishing boats stayed in port at Pellin on Tuesday as a storm swept across the coast, and the harbour will stay closed until Thursday.

Harbour master Odile Ferrant told the Pellin Gazette that waves of six metres had been recorded outside the breakwater. "I have not seen the sea like this since 1998," she said.

Skipper Ronan Achterby, whose trawler was damaged, said the warnings came too late. "We had an hour to get everything tied down," he said.

Ferrant said the forecast had changed quickly. "Nobody could have given more notice," she said.

The Marran Coastguard said two people were rescued near Gallow Head.
"""

DEBATE = """# Two candidates clash in Sorvik debate

Liesel Amundt and Karel Voss met in Sorvik on Monday for the only televised debate of the mayoral race.

Amundt, a former teacher, said she would build 2,000 homes. Voss called the plan "a fantasy" and said it would bankrupt the city.

"My opponent has never built anything," she said.

Voss accused Amundt of copying his transport plan. "She read my manifesto and changed the cover," he said.

The debate was organised by the Sorvik Chamber of Commerce.
"""

DAM = """# Dam project approved

The government of Tarvonia approved a hydroelectric dam on the Selma River on Friday, ending a ten-year dispute with the province of Ulmet.

"This dam will power half a million homes," said Ingrid Feld, minister of energy. Environmental groups were less pleased.

Tarvonia's parliament voted 88 to 41 in favour. The Ulmet Wildlife Trust said it would challenge the decision in court. "The river will never recover," said Paavo Lind, head of the trust.

Construction is due to start next spring near the village of Orrby.
"""

# --- added before the proposal/alias/kind rules were written (items 1-3), never tuned on ---

BUSES = """# Bus drivers strike over rota changes

Bus drivers in Tollmere walked out on Tuesday, halting routes to the villages of Ashcombe and Wenlow Cross for a second day.

The strike was called by the Road and Rail Transport Workers' Federation (RRTWF), which says new rotas leave drivers with eleven-hour shifts. "Our members are exhausted," said Maren Okafor, the federation's regional organiser.

Grendle Coaches Ltd, which runs the routes under contract, said it had offered talks. "We remain ready to meet at any time," the company said.

Commuters from Ashcombe said they had been forced to take taxis.
"""

HARBOUR = """# New crane for the port of Varrow

A Kessing-based engineering firm, Dunmore Heavy Lift, has won the contract to build a new container crane for the port of Varrow.

The crane will be shipped from Kessing in spring and assembled on the quay over six weeks. "It doubles what we can handle," said Pieter Halloran, the port's operations manager.

The order follows a slow year for yards across Elsbury, where two firms closed in June.

Halloran said ships bound for Tarn and Oskholm would no longer have to wait offshore.
"""

CLINIC = """# Rural clinics to share doctors

Clinics on the islands of Sula Mor and Fennick will share a rota of doctors from next month, the Western Isles Health and Care Partnership (WIHCP) announced.

Dr Anouk Brevard, a GP who has worked on Fennick for nine years, welcomed the change. "For the first time I will get a weekend off," she said.

Patients travelling to Porthallen, the nearest town with a hospital, will get their fares refunded.

The plan was drawn up with the Island Nurses and Midwives Association, whose chair, Colm Ruddle, said it was long overdue.
"""

MILL = """# Textile mill to close

Harlan Weaving Ltd will close its mill in Brockden in August with the loss of 140 jobs, the company told staff on Thursday.

Workers said they learned of the closure from a notice on the canteen wall. Ines Calloway, a weaver for twenty-two years, said: "They could at least have told us to our faces."

The mill supplied cloth to buyers in Delgarth, Ostwick and Marrin. Its owner, Teodor Wrexley, blamed energy prices. "We held on as long as we could," Wrexley said.

The Brockden Trades Council said it would ask the regional government for help.
"""

# text name -> (text, {quote start: acceptable speakers}, {actor: kind}, optional actor names)
CASES = {
    "ferry": (
        FERRY,
        {
            "People here depend": {"Joren Marsk"},
            "The numbers simply": {"Edda Vintry"},
            "We lose money": {"Edda Vintry"},
            "I never got an answer": {"Joren Marsk"},  # he: Marsk, not the last-named Vintry
            "We have asked the Ministry": {"Edda Vintry"},
        },
        {
            "Tessaly Ferries": "organization",
            "Orrin Bay": "place",
            "Calvaro": "place",
            "Joren Marsk": "person",
            "Edda Vintry": "person",
            "Ministry of Transport": "organization",
        },
        set(),
    ),
    "fine": (
        FINE,
        {
            "The company ignored": {"Petra Anselm"},
            "That is not an accident": {"Petra Anselm"},
            "We have already replaced": {"Lumenhall Energy"},
            "Nobody from Lumenhall": {"Yusuf Balden"},
        },
        {
            "Dravian Safety Authority": "organization",
            "Lumenhall Energy": "organization",
            "Koberg": "place",
            "Petra Anselm": "person",
            "Yusuf Balden": "person",
            "Mill Street": "place",
            "Koberg Courier": "organization",
        },
        set(),
    ),
    "wire": (
        WIRE,
        {
            "We cannot grow wheat": {"Tomasz Grell"},
            "The door is open": {"Hana Brisk"},
        },
        {
            "Ostravel": "place",
            "Lindau": "place",
            "Tomasz Grell": "person",
            "Hana Brisk": "person",
        },
        {"Wirepost"},
    ),
    "museum": (
        MUSEUM,
        {
            "destroy forty years": {"Ilse Veyron"},
            "I cannot in good conscience": {"Ilse Veyron"},
            "The collection deserves": {"Ilse Veyron"},
            "Every department": {"Gunnar Strand"},
            "The museum is no exception": {"Gunnar Strand"},
            "a disaster for the city": {"Friends of Harnow Museum"},
        },
        {
            "Harnow Museum of Art": "organization",
            "Ilse Veyron": "person",
            "Gunnar Strand": "person",
            "Friends of Harnow Museum": "organization",
        },
        {"Harnow"},
    ),
    "breach": (
        BREACH,
        {
            "We have reset every account": {"a spokeswoman for the bank", "Kestrawn Bank"},
            "the seller asked": {"Ledgerline"},
            "They knew about this": {"Olek Tarrant"},
        },
        {
            "Kestrawn Bank": "organization",
            "Nordhavia": "place",
            "Ledgerline": "organization",
            "Olek Tarrant": "person",
            "Brenwick University": "organization",
            "Valmont": "place",
        },
        set(),
    ),
    "storm": (
        STORM,
        {
            "I have not seen the sea": {"Odile Ferrant"},
            "We had an hour": {"Ronan Achterby"},
            "Nobody could have given": {"Odile Ferrant"},
        },
        {
            "Pellin": "place",
            "Odile Ferrant": "person",
            "Pellin Gazette": "organization",
            "Ronan Achterby": "person",
            "Marran Coastguard": "organization",
            "Gallow Head": "place",
        },
        set(),
    ),
    "debate": (
        DEBATE,
        {
            "a fantasy": {"Karel Voss"},
            "My opponent has never": {"Liesel Amundt"},  # she: Amundt, not the last-named Voss
            "She read my manifesto": {"Karel Voss"},  # he: Voss, not the last-named Amundt
        },
        {
            "Liesel Amundt": "person",
            "Karel Voss": "person",
            "Sorvik": "place",
            "Sorvik Chamber of Commerce": "organization",
        },
        set(),
    ),
    "dam": (
        DAM,
        {
            "This dam will power": {"Ingrid Feld"},
            "The river will never": {"Paavo Lind"},
        },
        {
            "Tarvonia": "place",
            "Selma River": "place",
            "Ulmet": "place",
            "Ingrid Feld": "person",
            "Ulmet Wildlife Trust": "organization",
            "Paavo Lind": "person",
            "Orrby": "place",
        },
        set(),
    ),
    "buses": (
        BUSES,
        {
            "Our members are exhausted": {"Maren Okafor"},
            "We remain ready": {"Grendle Coaches Ltd", "Grendle Coaches"},
        },
        {
            "Tollmere": "place",
            "Ashcombe": "place",
            "Wenlow Cross": "place",
            "Road and Rail Transport Workers' Federation": "organization",
            "RRTWF": "organization",
            "Maren Okafor": "person",
            "Grendle Coaches Ltd": "organization",
        },
        set(),
    ),
    "harbour": (
        HARBOUR,
        {
            "It doubles what": {"Pieter Halloran"},
        },
        {
            "Kessing": "place",
            "Dunmore Heavy Lift": "organization",
            "Varrow": "place",
            "Pieter Halloran": "person",
            "Elsbury": "place",
            "Tarn": "place",
            "Oskholm": "place",
        },
        set(),
    ),
    "clinic": (
        CLINIC,
        {
            "For the first time": {"Anouk Brevard"},
        },
        {
            "Sula Mor": "place",
            "Fennick": "place",
            "Western Isles Health and Care Partnership": "organization",
            "WIHCP": "organization",
            "Anouk Brevard": "person",
            "Porthallen": "place",
            "Island Nurses and Midwives Association": "organization",
            "Colm Ruddle": "person",
        },
        {"Western Isles"},
    ),
    "mill": (
        MILL,
        {
            "They could at least": {"Ines Calloway"},
            "We held on": {"Teodor Wrexley"},
        },
        {
            "Harlan Weaving Ltd": "organization",
            "Brockden": "place",
            "Ines Calloway": "person",
            "Delgarth": "place",
            "Ostwick": "place",
            "Marrin": "place",
            "Teodor Wrexley": "person",
            "Brockden Trades Council": "organization",
        },
        set(),
    ),
}

_cache: dict[str, object] = {}


def _analysis(name: str):
    if name not in _cache:
        _cache[name] = analyse(CASES[name][0])
    return _cache[name]


def _forms(actor) -> set[str]:
    return {actor.name.lower(), *(a.lower() for a in actor.aliases)}


# The texts buses, harbour, clinic and mill were added (with their 17 gaps recorded) before the
# proposal/alias/kind rules were written; those gaps are now closed.
# Cases the rules still get wrong (measured after tuning on the gold set's tuning half; these
# texts were never tuned on). Listed so that the suite stays green and a fix shows up as XPASS.
KNOWN_GAPS = {
    ("museum", "a disaster for the city"),
}


def _case(*values):
    key = values[0] if len(values) == 1 else values[:2]
    if key in KNOWN_GAPS:
        return pytest.param(*values, marks=pytest.mark.xfail(reason="known gap", strict=False))
    return pytest.param(*values)


QUOTE_CASES = [_case(n, s, sp) for n, c in CASES.items() for s, sp in c[1].items()]
ACTOR_CASES = [_case(n, a, k) for n, c in CASES.items() for a, k in c[2].items()]


@pytest.mark.parametrize(("name", "start", "speakers"), QUOTE_CASES)
def test_heldout_quote_speaker(name, start, speakers):
    a = _analysis(name)
    hits = [q for q in a.quotes if start.lower() in q.text.lower()]
    assert hits, (start, [q.text for q in a.quotes])
    assert any(q.speaker in speakers for q in hits), [(q.text, q.speaker) for q in hits]


@pytest.mark.parametrize(("name", "actor", "kind"), ACTOR_CASES)
def test_heldout_actor(name, actor, kind):
    a = _analysis(name)
    hits = [x for x in a.actors if actor.lower() in _forms(x)]
    assert hits, (actor, [(x.name, x.kind) for x in a.actors])
    assert any(x.kind == kind for x in hits), [(x.name, x.kind) for x in hits]


@pytest.mark.parametrize("name", [_case(n) for n in CASES])
def test_heldout_no_junk_actors(name):
    _text, _, actors, optional = CASES[name]
    wanted = {n.lower() for n in actors} | {n.lower() for n in optional}
    junk = [x.name for x in _analysis(name).actors if not (_forms(x) & wanted)]
    assert junk == []
