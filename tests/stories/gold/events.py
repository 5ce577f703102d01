# ruff: noqa: E501  (prose: one sentence per string reads better than wrapped fragments)
"""The gold set's events: fictional people, places and organisations, all our own writing.

Each event is told by several outlets (see `make_gold.py` for how each outlet writes), and
each has a distractor: another event with at least two of the same actors. Facts come in two
registers (formal for the wire and the long read, loose for the tabloid and the local paper),
so outlets share the event but rarely the sentence. Quotes are the full sentences spoken;
`fragment` is the part an outlet quotes inside its own sentence.
"""

from __future__ import annotations

from typing import Any


def event(
    slug: str,
    people: list[tuple[str, str]],
    orgs: list[str],
    place: str,
    heads: tuple[str, str],
    facts: list[tuple[str, str]],
    background: list[str],
    quotes: list[tuple[int, str, str]],
    distractor: dict[str, Any],
) -> dict[str, Any]:
    """One event; `quotes` are (index into people, full sentence, fragment of it)."""
    for _who, sentence, fragment in quotes:
        assert fragment in sentence, (slug, fragment)
    return {
        "slug": slug,
        "people": people,
        "orgs": orgs,
        "place": place,
        "heads": heads,
        "facts": facts,
        "background": background,
        "quotes": quotes,
        "distractor": distractor,
    }


EVENTS = [
    event(
        "night-ferry",
        [
            ("Ilse Brandvold", "leader of Morwick Harbour Council"),
            ("Tomas Quirke", "secretary of the Estuary Boatmen's Guild"),
        ],
        ["Morwick Harbour Council", "Estuary Boatmen's Guild"],
        "Morwick",
        (
            "Morwick council approves year-round night ferry to Esk Island",
            "Night boat at last for Esk islanders",
        ),
        [
            (
                "The harbour council voted nine to two on Tuesday to fund a night ferry between Morwick and Esk Island.",
                "Councillors backed the late-night boat by nine votes to two after a stormy four-hour meeting.",
            ),
            (
                "The crossing will run from 22:00 to 05:00 and cost the council about 1.4 million crowns a year.",
                "The overnight service will cost around 1.4 million crowns every year.",
            ),
            (
                "The agreement ends a two-year dispute over crew rotas with the Estuary Boatmen's Guild.",
                "It brings an end to a bitter two-year row with the boatmen over rotas.",
            ),
            (
                "The first crossing is scheduled for 14 November.",
                "The first sailing leaves the quay on 14 November.",
            ),
            (
                "Islanders have relied on a single afternoon sailing since the old night boat was withdrawn in 2019.",
                "Since 2019 the 300 people on Esk have had only one boat a day.",
            ),
        ],
        [
            "Esk Island has lost a third of its young families in a decade, and nurses who work night shifts in Morwick have had to sleep on the mainland.",
            "The old night boat was scrapped after a collision with a pier in fog.",
        ],
        [
            (
                0,
                "We promised the islanders a boat they can rely on, and tonight we kept that promise.",
                "a boat they can rely on",
            ),
            (
                1,
                "The crews have waited far too long for a rota that lets them see their own children.",
                "waited far too long for a rota",
            ),
            (
                0,
                "Nobody on Esk should have to choose between a job and a home.",
                "choose between a job and a home",
            ),
        ],
        {
            "hours": 150,
            "head": "Brandvold and Quirke clash over harbour parking charges",
            "paras": [
                "A week after the ferry vote, Ilse Brandvold faced the Estuary Boatmen's Guild again, this time over a plan to charge fishermen for parking on the quay.",
                "Tomas Quirke called the charges a tax on working people and said his members would refuse to pay.",
                "The council will consult traders until the end of the year before any charge is set.",
            ],
            "quote": (0, "A quay full of abandoned vans is not a working harbour."),
        },
    ),
    event(
        "hospital-strike",
        [
            ("Dorota Wilk", "chair of the Calder Nurses' Union"),
            ("Anselm Fairweather", "chief executive of St Bride's Hospital"),
        ],
        ["Calder Nurses' Union", "St Bride's Hospital"],
        "Calder",
        (
            "Nurses at St Bride's walk out over night-shift pay",
            "Calder nurses strike as talks collapse",
        ),
        [
            (
                "About 600 nurses at St Bride's Hospital in Calder began a 48-hour strike on Monday morning.",
                "Hundreds of nurses downed tools at St Bride's on Monday, starting a two-day walkout.",
            ),
            (
                "The Calder Nurses' Union is demanding a 12 per cent rise in the night-shift supplement.",
                "They want a 12 per cent bump in the extra money paid for working nights.",
            ),
            (
                "Planned operations have been postponed, although the emergency department remains open.",
                "Routine operations were cancelled but A&E is still taking patients.",
            ),
            (
                "Talks at the regional mediation office broke down late on Friday.",
                "Last-ditch talks fell apart on Friday night.",
            ),
            (
                "The hospital's board has offered 5 per cent, spread over two years.",
                "Bosses have put 5 per cent on the table, paid over two years.",
            ),
        ],
        [
            "It is the first strike at St Bride's since the hospital opened its new wing in 2011.",
            "Vacancy rates for night nurses in the Calder region have doubled since 2022.",
        ],
        [
            (
                0,
                "Nobody takes this step lightly, but our members cannot keep working nights for less than the cleaners at the supermarket.",
                "cannot keep working nights for less than the cleaners",
            ),
            (
                1,
                "Our door remains open and we will return to talks the moment the union is ready.",
                "door remains open and we will return to talks",
            ),
            (
                0,
                "Patients are safer with nurses who are not exhausted and underpaid.",
                "not exhausted and underpaid",
            ),
        ],
        {
            "hours": 30,
            "head": "St Bride's names new maternity unit after retired midwife",
            "paras": [
                "St Bride's Hospital has named its refurbished maternity unit after Greta Olund, a midwife who delivered more than 4,000 babies in Calder.",
                "Anselm Fairweather unveiled the plaque, and Dorota Wilk of the Calder Nurses' Union laid flowers on behalf of former colleagues.",
                "The unit reopened with twelve birthing rooms and a new neonatal bay.",
            ],
            "quote": (
                1,
                "Greta taught half the midwives in this building, and the other half were taught by her students.",
            ),
        },
    ),
    event(
        "club-takeover",
        [
            ("Renata Sollis", "owner of Harrowgate Athletic"),
            ("Bram Okonkwo-Lee", "chief executive of Trellis Capital"),
        ],
        ["Harrowgate Athletic", "Trellis Capital"],
        "Harrowgate",
        (
            "Trellis Capital agrees takeover of Harrowgate Athletic",
            "Harrowgate sold to investment firm in 30 million deal",
        ),
        [
            (
                "Harrowgate Athletic has agreed to be sold to the investment firm Trellis Capital for a reported 30 million crowns.",
                "Harrowgate Athletic is being flogged to money men Trellis Capital for a whopping 30 million.",
            ),
            (
                "The deal still needs approval from the league's ownership panel.",
                "The league's owners' test still has to rubber-stamp the deal.",
            ),
            (
                "Trellis has pledged to keep the club at the Millrace Ground for at least ten years.",
                "The new owners swear the club will stay at the Millrace for a decade at least.",
            ),
            (
                "The club finished eleventh in the second division last season and reported losses of 4 million crowns.",
                "The club lost 4 million last season and finished a dismal eleventh.",
            ),
            (
                "Supporters' groups have asked for a seat on the new board.",
                "Fans want a seat on the board.",
            ),
        ],
        [
            "The Sollis family has owned the club since 1987, when Renata Sollis's father bought it from the brewery that founded it.",
            "Trellis Capital owns stakes in two basketball clubs and a cycling team.",
        ],
        [
            (
                0,
                "Selling the club was the hardest decision of my life, but Harrowgate needs an owner who can spend more than I can.",
                "the hardest decision of my life",
            ),
            (
                1,
                "We are buying a club with a soul, and we have no intention of changing its home or its colours.",
                "no intention of changing its home or its colours",
            ),
        ],
        {
            "hours": 40,
            "head": "Harrowgate Athletic fined over fan trouble at Millrace Ground",
            "paras": [
                "Harrowgate Athletic has been fined 80,000 crowns after flares were thrown onto the pitch during the derby against Fenmoor Town.",
                "Renata Sollis said the club would ban the supporters responsible, while Trellis Capital, which is buying the club, declined to comment on the penalty.",
                "The league's disciplinary panel also ordered the north stand closed for one match.",
            ],
            "quote": (
                0,
                "The people who threw those flares are not supporters of this club, and they will not be welcome here again.",
            ),
        },
    ),
    event(
        "flood-wall",
        [("Hedda Marchetti", "environment minister"), ("Oskar Vell", "mayor of Lower Brenn")],
        ["Ministry of Environment", "Brenn Valley Water Board"],
        "Lower Brenn",
        (
            "Government funds 90m flood wall for Lower Brenn",
            "Lower Brenn gets its flood wall after years of pleading",
        ),
        [
            (
                "The Ministry of Environment will pay for a 90 million crown flood wall along the river in Lower Brenn, the minister announced on Thursday.",
                "Ministers have finally coughed up 90 million for a wall to keep the river out of Lower Brenn.",
            ),
            (
                "The 2.3-kilometre wall is designed to withstand a flood expected once in 200 years.",
                "The wall will stretch 2.3 kilometres and is built for a once-in-200-years flood.",
            ),
            (
                "Construction by the Brenn Valley Water Board is due to begin next spring and last three years.",
                "Work starts next spring and will take three years.",
            ),
            (
                "Flooding in February forced 1,100 residents from their homes.",
                "More than a thousand people were driven out of their homes by floods in February.",
            ),
            (
                "Residents will be consulted on the route through the town centre.",
                "Locals will get a say on where it runs through the middle of town.",
            ),
        ],
        [
            "The town has flooded four times in eleven years, and insurers have stopped covering many homes near the river.",
            "An earlier plan for an upstream reservoir was abandoned in 2021 over its cost.",
        ],
        [
            (
                0,
                "No family should have to carry their furniture upstairs every time it rains for a week.",
                "carry their furniture upstairs",
            ),
            (
                1,
                "We have been asking for this wall since before my hair went grey, and I am glad someone finally listened.",
                "since before my hair went grey",
            ),
        ],
        {
            "hours": 20,
            "head": "Marchetti and Vell at odds over river dredging",
            "paras": [
                "Hedda Marchetti and Oskar Vell disagreed openly on Friday about whether the river through Lower Brenn should be dredged.",
                "The mayor wants the silt removed before winter; the minister says dredging would only move the problem downstream.",
                "The Brenn Valley Water Board is expected to publish a report on silt levels next month.",
            ],
            "quote": (
                0,
                "Dredging feels like action, but it sends the water faster into the next village.",
            ),
        },
    ),
    event(
        "layoffs",
        [
            ("Priya Ventham", "chief executive of Quillon Systems"),
            ("Marek Dusza", "regional secretary of the Tech Workers' Federation"),
        ],
        ["Quillon Systems", "Tech Workers' Federation"],
        "Ostrava Point",
        ("Quillon Systems to cut 1,200 jobs as orders fall", "Quillon axes 1,200 staff"),
        [
            (
                "Quillon Systems, the maker of warehouse robots, said on Wednesday it would cut 1,200 jobs, about a fifth of its workforce.",
                "Robot firm Quillon is sacking 1,200 workers, one in five of its staff.",
            ),
            (
                "Most of the cuts will fall at its assembly plant in Ostrava Point.",
                "The factory at Ostrava Point will be hit hardest.",
            ),
            (
                "The company reported a 31 per cent fall in orders in the third quarter.",
                "Orders crashed by almost a third over the summer.",
            ),
            (
                "Quillon's shares rose 6 per cent after the announcement.",
                "Shares jumped 6 per cent on the news.",
            ),
            (
                "Affected staff will be offered six months' pay and retraining.",
                "Workers who lose their jobs get six months' money and a retraining course.",
            ),
        ],
        [
            "Quillon grew from a university spin-off into the region's largest private employer in under fifteen years.",
            "Its robots move parcels for three of the five biggest online retailers in the country.",
        ],
        [
            (
                0,
                "These are good people, and this is not a judgment on their work but on a market that has changed faster than we did.",
                "not a judgment on their work",
            ),
            (
                1,
                "Shareholders get a six per cent rise and the people who built the robots get a letter.",
                "the people who built the robots get a letter",
            ),
        ],
        {
            "hours": 170,
            "head": "Quillon opens research lab with union-backed apprenticeships",
            "paras": [
                "Quillon Systems opened a research laboratory in the old customs house on Monday, with forty apprenticeships agreed with the Tech Workers' Federation.",
                "Priya Ventham and Marek Dusza signed the apprenticeship charter together at the opening.",
                "The lab will work on grippers for fragile goods.",
            ],
            "quote": (1, "An apprenticeship with a real wage is worth ten glossy brochures."),
        },
    ),
    event(
        "court-ruling",
        [
            ("Justice Amara Kettleby", "judge of the High Court"),
            ("Felix Rondeau", "head of the Free Press Society"),
        ],
        ["High Court", "Free Press Society", "Ministry of the Interior"],
        "Lunden",
        ("High Court strikes down secret surveillance orders", "Judges rule spy orders unlawful"),
        [
            (
                "The High Court ruled on Monday that surveillance orders issued without a judge's approval are unlawful.",
                "Top judges have ruled that snooping orders signed off without a judge are illegal.",
            ),
            (
                "The case was brought by the Free Press Society after three reporters learned their phones had been monitored.",
                "The Free Press Society sued after three journalists found out their phones had been tapped.",
            ),
            (
                "The Ministry of the Interior has 60 days to bring its procedures into line.",
                "The Interior Ministry now has two months to fix the rules.",
            ),
            (
                "The ruling affects an estimated 2,400 orders issued since 2020.",
                "Some 2,400 orders made since 2020 are affected.",
            ),
            (
                "The ministry said it was studying the judgment and could appeal.",
                "Officials hinted they might appeal.",
            ),
        ],
        [
            "The orders were created by an emergency law passed in a single night in 2020.",
            "Two of the monitored reporters had been investigating contracts at the Ministry of the Interior.",
        ],
        [
            (
                0,
                "A power that is never shown to a judge is a power that answers to no one.",
                "answers to no one",
            ),
            (
                1,
                "This is a good day for every source who ever trusted a reporter with a secret.",
                "a good day for every source",
            ),
        ],
        {
            "hours": 35,
            "head": "Free Press Society loses libel case brought by shipping magnate",
            "paras": [
                "The High Court found against the Free Press Society on Wednesday in a libel case over a pamphlet about port contracts.",
                "Justice Amara Kettleby ordered the society to pay 40,000 crowns, and Felix Rondeau said it would pay rather than appeal.",
                "The pamphlet has been withdrawn from the society's website.",
            ],
            "quote": (1, "We got one sentence wrong and we will say so in the same size of type."),
        },
    ),
    event(
        "recount",
        [
            ("Linnea Haugaard", "candidate of the Green Coast Party"),
            ("Piet van der Molen", "sitting member for Saltmarsh East"),
        ],
        ["Green Coast Party", "Electoral Commission"],
        "Saltmarsh East",
        (
            "Saltmarsh East recount overturns result by 14 votes",
            "Recount flips Saltmarsh East seat",
        ),
        [
            (
                "A recount in Saltmarsh East has given the seat to Linnea Haugaard of the Green Coast Party by 14 votes.",
                "Green Coast's Linnea Haugaard has snatched Saltmarsh East after a recount put her 14 votes ahead.",
            ),
            (
                "The first count on election night had put Piet van der Molen ahead by nine votes.",
                "On election night Piet van der Molen looked to have won by nine.",
            ),
            (
                "Officials found a bundle of 50 ballots that had been counted twice.",
                "Counters discovered 50 ballot papers had been counted twice.",
            ),
            (
                "The Electoral Commission said the error was human and not deliberate.",
                "The Electoral Commission insists it was an honest mistake.",
            ),
            (
                "Van der Molen had held the seat for sixteen years.",
                "He had held the seat since 2010.",
            ),
        ],
        [
            "Saltmarsh East has changed hands only twice since the constituency was created.",
            "Turnout was 71 per cent, the highest in the region.",
        ],
        [
            (
                0,
                "Every vote in Saltmarsh counted tonight, and some of them, it turns out, counted twice.",
                "some of them, it turns out, counted twice",
            ),
            (
                1,
                "I have served this coast for sixteen years and I accept the count, even if it stings.",
                "I accept the count, even if it stings",
            ),
        ],
        {
            "hours": 190,
            "head": "Haugaard and van der Molen agree joint campaign against oil terminal",
            "paras": [
                "A week after their recount battle, Linnea Haugaard and Piet van der Molen stood side by side to oppose a proposed oil terminal at Saltmarsh.",
                "The Green Coast Party and van der Molen's supporters will share a petition and a legal fund.",
                "The terminal's developer said the project would create 300 jobs.",
            ],
            "quote": (
                1,
                "We disagreed about a great deal, but neither of us wants tankers in the bird reserve.",
            ),
        },
    ),
    event(
        "bridge-closure",
        [
            ("Ruth Aldana", "transport commissioner"),
            ("Gideon Plaskett", "chief engineer of Corvell Highways"),
        ],
        ["Corvell Highways", "Department of Transport"],
        "Corvell",
        (
            "Corvell's King Edmund Bridge closed after cracks found",
            "Crack shuts city's busiest bridge",
        ),
        [
            (
                "The King Edmund Bridge in Corvell was closed to all traffic on Saturday after inspectors found cracks in two of its steel hangers.",
                "Corvell's busiest bridge was shut on Saturday when engineers spotted cracks in the steel.",
            ),
            (
                "About 40,000 vehicles cross the bridge every day.",
                "Some 40,000 cars a day use the crossing.",
            ),
            (
                "Corvell Highways said the closure would last at least six weeks.",
                "It will stay shut for six weeks at least.",
            ),
            (
                "Buses are being diverted over the Weir Street bridge, adding up to 25 minutes to journeys.",
                "Bus passengers face diversions of up to 25 minutes via Weir Street.",
            ),
            (
                "A free passenger ferry will run across the river during rush hours.",
                "A free ferry will shuttle commuters across at peak times.",
            ),
        ],
        [
            "The bridge opened in 1931 and was last strengthened in 1998.",
            "A report two years ago warned that the hangers were corroding faster than expected.",
        ],
        [
            (
                1,
                "We found two cracks we did not like, and I will not let a single car on that deck until I understand them.",
                "until I understand them",
            ),
            (
                0,
                "I know this is miserable for commuters, but a closed bridge is better than a fallen one.",
                "a closed bridge is better than a fallen one",
            ),
        ],
        {
            "hours": 26,
            "head": "Aldana unveils cycle lanes plan with Corvell Highways",
            "paras": [
                "Ruth Aldana announced 14 kilometres of protected cycle lanes for Corvell on Monday.",
                "Gideon Plaskett of Corvell Highways said the first lanes would be painted on the ring road in March.",
                "Cycling groups welcomed the plan but asked for lanes on the hill routes too.",
            ],
            "quote": (0, "Every cyclist on the ring road is one less car in the queue."),
        },
    ),
    event(
        "museum-theft",
        [
            ("Ottilie Branwen", "director of the Veldmark Museum"),
            ("Inspector Kasimir Holt", "detective of the Veldmark police"),
        ],
        ["Veldmark Museum", "Veldmark police"],
        "Veldmark",
        (
            "Gold torc stolen from Veldmark Museum in night raid",
            "Thieves snatch ancient torc from museum",
        ),
        [
            (
                "A Bronze Age gold torc was stolen from the Veldmark Museum early on Sunday.",
                "Raiders grabbed a priceless gold torc from the Veldmark Museum in the early hours of Sunday.",
            ),
            (
                "The thieves broke in through a skylight and cut through a display case in under four minutes.",
                "They dropped through a skylight and were in and out in less than four minutes.",
            ),
            (
                "The torc, found by a farmer in 1956, is insured for 2 million crowns.",
                "The necklace, dug up by a farmer in 1956, is insured for 2 million.",
            ),
            (
                "Police are examining footage from cameras on the square.",
                "Cops are poring over CCTV from the square.",
            ),
            ("The museum will stay closed until Wednesday.", "The museum is shut until Wednesday."),
        ],
        [
            "The torc is the centrepiece of the museum's gallery of early metalwork and draws school parties from across the province.",
            "A similar raid at a museum in Brask last year was never solved.",
        ],
        [
            (
                0,
                "The torc has no price for us; it belongs to everyone who has ever stood in front of it.",
                "belongs to everyone who has ever stood in front of it",
            ),
            (
                1,
                "This was planned by people who knew the building, and we will find them.",
                "people who knew the building",
            ),
        ],
        {
            "hours": 160,
            "head": "Veldmark Museum wins award for children's gallery",
            "paras": [
                "The Veldmark Museum has won the national family museum award for its hands-on children's gallery.",
                "Ottilie Branwen accepted the prize in the capital, and Inspector Kasimir Holt, who runs the police's school visits, was thanked for his talks on the history of detective work.",
                "The gallery has welcomed 60,000 children since it opened.",
            ],
            "quote": (0, "Children are the only visitors who are allowed to touch everything."),
        },
    ),
    event(
        "school-merger",
        [
            ("Agnes Tollemache", "head of the Hollins education committee"),
            ("Yusuf Baranov", "head teacher of Hollins Primary"),
        ],
        ["Hollins education committee", "Hollins Primary", "Ashby Lane School"],
        "Hollins",
        ("Hollins votes to merge two primary schools", "Two village schools to become one"),
        [
            (
                "The Hollins education committee voted on Wednesday to merge Hollins Primary with Ashby Lane School next September.",
                "Hollins Primary and Ashby Lane School will become one school next September after councillors voted it through.",
            ),
            (
                "Pupil numbers at the two schools have fallen by 40 per cent in a decade.",
                "The two schools have lost four in ten pupils in ten years.",
            ),
            (
                "The merged school will use the Hollins Primary building, which is being extended.",
                "Kids will go to the Hollins Primary site, which is getting an extension.",
            ),
            (
                "Parents at Ashby Lane collected 900 signatures against the plan.",
                "Ashby Lane parents gathered 900 signatures to stop it.",
            ),
            (
                "No teaching jobs will be lost, the committee said.",
                "No teachers will lose their jobs, officials promised.",
            ),
        ],
        [
            "Ashby Lane School was built in 1874 and its bell still rings at the start of every day.",
            "Birth rates in the district are the lowest in the province.",
        ],
        [
            (
                0,
                "Two half-empty schools cannot give children what one full school can.",
                "half-empty schools cannot give children",
            ),
            (
                1,
                "Our children will lose nothing and gain friends, and the Ashby Lane bell will come with them.",
                "the Ashby Lane bell will come with them",
            ),
        ],
        {
            "hours": 44,
            "head": "Hollins Primary pupils win national science prize",
            "paras": [
                "A team of ten-year-olds from Hollins Primary has won the national young scientists' prize for a study of hedgehog tunnels.",
                "Yusuf Baranov travelled with the team to the ceremony, and Agnes Tollemache of the Hollins education committee sent a message of congratulation.",
                "The pupils' tunnels will be installed under two village roads.",
            ],
            "quote": (
                1,
                "They counted hedgehogs every night for a month and never once complained about the cold.",
            ),
        },
    ),
    event(
        "wildfire",
        [
            ("Captain Rosalind Ferrer", "commander of the Dunmore Fire Service"),
            ("Henrik Salo", "governor of the Dunmore province"),
        ],
        ["Dunmore Fire Service", "Dunmore provincial government"],
        "Dunmore",
        (
            "Wildfire forces evacuation of three Dunmore villages",
            "Blaze sweeps Dunmore hills, villages emptied",
        ),
        [
            (
                "About 2,000 people were evacuated from three villages in the Dunmore hills on Thursday as a wildfire spread across 4,000 hectares.",
                "Two thousand villagers fled as a huge blaze tore through 4,000 hectares of the Dunmore hills.",
            ),
            (
                "More than 300 firefighters and four water-bombing aircraft are fighting the fire.",
                "Over 300 firefighters and four water bombers are battling the flames.",
            ),
            (
                "No deaths have been reported, but two firefighters were treated for smoke inhalation.",
                "Two firefighters needed treatment for smoke but nobody has died.",
            ),
            (
                "Winds of up to 60 kilometres an hour are forecast for Friday.",
                "Gusts of 60 km/h are expected on Friday.",
            ),
            (
                "Evacuees are being housed in the sports hall in Dunmore town.",
                "Families are bedding down in the Dunmore sports hall.",
            ),
        ],
        [
            "The hills have had no significant rain since June.",
            "A fire in the same valley in 2017 burned for eleven days.",
        ],
        [
            (
                0,
                "The wind is our enemy tonight, and we are throwing everything we have at the northern edge.",
                "throwing everything we have at the northern edge",
            ),
            (
                1,
                "Leave when you are told to leave; a house can be rebuilt and a life cannot.",
                "a house can be rebuilt and a life cannot",
            ),
        ],
        {
            "hours": 200,
            "head": "Dunmore governor honours firefighters at memorial service",
            "paras": [
                "Henrik Salo laid a wreath in Dunmore on Saturday at the annual service for firefighters who died on duty.",
                "Captain Rosalind Ferrer read the names of the eleven members of the Dunmore Fire Service lost since 1950.",
                "A new memorial bench was unveiled by the fire station.",
            ],
            "quote": (1, "We owe them more than a bench, but a bench is where we start."),
        },
    ),
    event(
        "rail-fares",
        [
            ("Corin Adebayo", "rail minister"),
            ("Maud Lindqvist", "chair of the Rail Passengers' Council"),
        ],
        ["National Rail Board", "Rail Passengers' Council"],
        "Lunden",
        ("Rail fares to rise 7 per cent in January", "Commuters hit by 7pc fare hike"),
        [
            (
                "Regulated rail fares will rise by 7 per cent in January, the National Rail Board confirmed on Tuesday.",
                "Train fares are going up 7 per cent in January, the rail board has admitted.",
            ),
            (
                "A season ticket between Lunden and Averley will cost about 5,900 crowns a year.",
                "A Lunden to Averley season ticket will hit almost 5,900 crowns.",
            ),
            (
                "The board blamed higher electricity prices and wage costs.",
                "Bosses blamed power bills and wages.",
            ),
            ("Off-peak singles will be frozen for a year.", "Off-peak single fares are frozen."),
            (
                "Punctuality on the network fell to 81 per cent last year.",
                "Only 81 per cent of trains ran on time last year.",
            ),
        ],
        [
            "Fares have risen faster than wages in six of the last eight years.",
            "The board is also spending heavily on new signalling around Lunden.",
        ],
        [
            (
                1,
                "Passengers are being asked to pay more for trains that turn up late, and they have every right to be angry.",
                "pay more for trains that turn up late",
            ),
            (
                0,
                "Nobody likes a fare rise, but the alternative is cutting services, and I will not do that.",
                "the alternative is cutting services",
            ),
        ],
        {
            "hours": 28,
            "head": "Adebayo opens new station at Averley Parkway",
            "paras": [
                "Corin Adebayo opened Averley Parkway station on Thursday, the first new station on the line in thirty years.",
                "Maud Lindqvist of the Rail Passengers' Council welcomed the station but asked for step-free access on both platforms.",
                "Trains will call every fifteen minutes.",
            ],
            "quote": (
                1,
                "A station is only open to everyone when everyone can reach the platform.",
            ),
        },
    ),
    event(
        "mine-permit",
        [
            ("Sigrun Aalto", "chief executive of Nordvik Minerals"),
            ("Elder Tavish Moray", "spokesman for the Kessa Valley Alliance"),
        ],
        ["Nordvik Minerals", "Kessa Valley Alliance"],
        "Kessa Valley",
        (
            "Nordvik Minerals granted permit for lithium mine in Kessa Valley",
            "Green light for Kessa lithium mine",
        ),
        [
            (
                "Regulators have granted Nordvik Minerals a permit to open a lithium mine in the Kessa Valley.",
                "Nordvik Minerals has been handed the go-ahead to dig for lithium in the Kessa Valley.",
            ),
            (
                "The open-pit mine is expected to produce 20,000 tonnes of lithium a year from 2029.",
                "The giant pit should churn out 20,000 tonnes a year from 2029.",
            ),
            (
                "The permit sets limits on water use from the Kessa river.",
                "Strict limits on how much river water it can use are part of the deal.",
            ),
            (
                "The Kessa Valley Alliance said it would challenge the decision in court.",
                "Campaigners vowed to fight it in court.",
            ),
            ("The company says the mine will create 450 jobs.", "Bosses promise 450 jobs."),
        ],
        [
            "The valley's reindeer herders have used the proposed site as winter grazing for centuries.",
            "Demand for lithium has tripled since 2020 on the back of battery production.",
        ],
        [
            (
                0,
                "We can mine this valley responsibly, and we will prove it with every tonne.",
                "we will prove it with every tonne",
            ),
            (
                1,
                "They have a permit for the rock, but they do not have our consent for the river.",
                "they do not have our consent for the river",
            ),
        ],
        {
            "hours": 34,
            "head": "Nordvik Minerals sponsors Kessa Valley ski race",
            "paras": [
                "Nordvik Minerals will sponsor the Kessa Valley cross-country ski race for the next three years.",
                "The Kessa Valley Alliance, led by Elder Tavish Moray, said it would not take part in the opening ceremony, while Sigrun Aalto called the race a celebration of the valley.",
                "The race covers 42 kilometres and attracts 3,000 skiers.",
            ],
            "quote": (1, "You cannot sponsor your way into a valley's heart."),
        },
    ),
    event(
        "festival-cancelled",
        [
            ("Jules Abernathy", "director of the Farrow Sound festival"),
            ("Nadia Cruz-Hale", "chief of Farrow district council"),
        ],
        ["Farrow Sound festival", "Farrow district council"],
        "Farrow",
        ("Farrow Sound festival cancelled after storm damage", "Storm kills off Farrow Sound"),
        [
            (
                "The Farrow Sound music festival has been cancelled two days before it was due to open after a storm wrecked its main stage.",
                "Farrow Sound is off after a storm smashed the main stage just two days before the gates opened.",
            ),
            (
                "About 25,000 ticket holders will receive full refunds within 14 days.",
                "All 25,000 ticket holders will get their money back within a fortnight.",
            ),
            (
                "Winds reached 110 kilometres an hour at the site on Wednesday night.",
                "Gusts hit 110 km/h on Wednesday night.",
            ),
            (
                "Farrow district council said the site was unsafe.",
                "The council declared the site unsafe.",
            ),
            (
                "Headliners had included the band Cold Harbour.",
                "Cold Harbour were due to headline.",
            ),
        ],
        [
            "The festival began in 1994 as a folk evening in a barn.",
            "Local businesses earn an estimated 3 million crowns from the festival each year.",
        ],
        [
            (
                0,
                "We built this stage to survive almost anything, and the sky threw the one thing it could not.",
                "the sky threw the one thing it could not",
            ),
            (
                1,
                "Safety has to come first, however painful this is for the town.",
                "however painful this is for the town",
            ),
        ],
        {
            "hours": 180,
            "head": "Farrow council backs new home for Farrow Sound",
            "paras": [
                "Farrow district council has offered the Farrow Sound festival a permanent site on the old airfield.",
                "Nadia Cruz-Hale and Jules Abernathy walked the airfield together on Tuesday.",
                "The festival would have to pay rent from its third year on the site.",
            ],
            "quote": (
                0,
                "An airfield is flat, sheltered and a long way from the neighbours, which is everything a festival wants.",
            ),
        },
    ),
    event(
        "zoo-escape",
        [
            ("Dr Leopold Imani", "head keeper at Glenmore Zoo"),
            ("Sergeant Bea Achterberg", "officer of the Glenmore police"),
        ],
        ["Glenmore Zoo", "Glenmore police"],
        "Glenmore",
        (
            "Red panda escapes from Glenmore Zoo, found in garden",
            "Runaway red panda found up apple tree",
        ),
        [
            (
                "A red panda escaped from Glenmore Zoo on Friday and was found six hours later in a garden about a kilometre away.",
                "A cheeky red panda gave keepers the slip on Friday and turned up in a back garden a kilometre away.",
            ),
            (
                "The animal, a three-year-old male called Biscuit, climbed a tree that had grown over its enclosure fence.",
                "Biscuit, three, shinned up a tree that had grown over his fence.",
            ),
            (
                "A resident found the panda in an apple tree and called the police.",
                "A stunned homeowner spotted him in her apple tree and dialled the police.",
            ),
            ("Keepers coaxed him down with grapes.", "Keepers tempted him down with grapes."),
            (
                "The zoo has cut back the branch and reviewed its other enclosures.",
                "The offending branch has been chopped.",
            ),
        ],
        [
            "Glenmore Zoo has five red pandas in a breeding programme for the endangered species.",
            "The zoo was criticised last year after a wallaby escaped twice in a month.",
        ],
        [
            (
                0,
                "Biscuit is curious rather than naughty, and he found the one branch we had missed.",
                "curious rather than naughty",
            ),
            (
                1,
                "It is not every day you get a call about a bear in an apple tree.",
                "a bear in an apple tree",
            ),
        ],
        {
            "hours": 45,
            "head": "Glenmore Zoo keeper gives police talk on animal rescues",
            "paras": [
                "Dr Leopold Imani spoke to new recruits of the Glenmore police on Sunday about how to handle animals found in the street.",
                "Sergeant Bea Achterberg, who organised the session, said officers were called to loose animals several times a month.",
                "The talk covered swans, dogs and the occasional snake.",
            ],
            "quote": (0, "The animal in front of you is usually more frightened than you are."),
        },
    ),
    event(
        "bank-breach",
        [
            ("Helmut Sander", "chief executive of Aldermoor Bank"),
            ("Irina Volkova", "data protection commissioner"),
        ],
        ["Aldermoor Bank", "Data Protection Authority"],
        "Aldermoor",
        (
            "Aldermoor Bank admits data breach affecting 400,000 customers",
            "Hackers raid Aldermoor Bank customer files",
        ),
        [
            (
                "Aldermoor Bank said on Monday that hackers had copied the names, addresses and account numbers of about 400,000 customers.",
                "Crooks have pinched the details of 400,000 Aldermoor Bank customers.",
            ),
            (
                "The bank said passwords and card numbers were not taken.",
                "Passwords and card numbers are safe, the bank says.",
            ),
            (
                "The breach came through a supplier that prints bank statements.",
                "The hackers got in through a firm that prints statements.",
            ),
            (
                "The Data Protection Authority has opened an investigation.",
                "The privacy watchdog has launched a probe.",
            ),
            (
                "Customers will be offered free credit monitoring for two years.",
                "Victims get two years of free credit checks.",
            ),
        ],
        [
            "Aldermoor Bank has 1.9 million customers, mostly in the northern provinces.",
            "It is the third breach at a bank through a printing supplier this year.",
        ],
        [
            (
                0,
                "I am sorry, and I want every affected customer to hear that from me first.",
                "I want every affected customer to hear that from me first",
            ),
            (
                1,
                "Banks are responsible for the suppliers they choose, and we will examine that choice closely.",
                "responsible for the suppliers they choose",
            ),
        ],
        {
            "hours": 22,
            "head": "Aldermoor Bank chief speaks at data protection conference",
            "paras": [
                "Helmut Sander appeared on a panel at the annual data protection conference in Aldermoor on Tuesday, where he discussed how banks verify the age of young customers.",
                "Irina Volkova opened the conference with a speech on children's data.",
                "The conference attracted 800 delegates.",
            ],
            "quote": (
                1,
                "Children should not have to read a privacy policy to be protected by one.",
            ),
        },
    ),
    event(
        "fishing-bill",
        [
            ("Annika Strand", "fisheries minister"),
            ("Callum Rea", "chair of the Inshore Fishermen's Association"),
        ],
        ["Inshore Fishermen's Association", "Ministry of Fisheries"],
        "Port Selby",
        ("Parliament passes bill capping trawler catches near the coast", "Trawler ban wins vote"),
        [
            (
                "Parliament passed a bill on Thursday banning trawlers longer than 18 metres from fishing within six miles of the coast.",
                "Big trawlers will be kicked out of coastal waters after MPs backed a new law on Thursday.",
            ),
            ("The vote was 201 to 148.", "The bill sailed through 201 votes to 148."),
            ("The law comes into force in July.", "The ban starts in July."),
            (
                "Small boats in ports such as Port Selby say trawlers have emptied their fishing grounds.",
                "Small skippers in places like Port Selby say the trawlers have stripped the sea bare.",
            ),
            (
                "Large operators have warned of job losses at processing plants.",
                "Big fishing firms warn factory jobs will go.",
            ),
        ],
        [
            "Inshore catches of cod have fallen by half since 2010.",
            "The six-mile limit was first proposed by a parliamentary committee five years ago.",
        ],
        [
            (
                1,
                "For the first time in my life, the law is on the side of the man with the small boat.",
                "on the side of the man with the small boat",
            ),
            (
                0,
                "We are protecting the fish so there will be fishermen in twenty years.",
                "so there will be fishermen in twenty years",
            ),
        ],
        {
            "hours": 38,
            "head": "Strand and Rea launch lifejacket campaign in Port Selby",
            "paras": [
                "Annika Strand and Callum Rea launched a campaign in Port Selby on Saturday to get every inshore fisherman wearing a lifejacket.",
                "The Inshore Fishermen's Association will hand out 2,000 free lifejackets.",
                "Eleven fishermen drowned on the coast last year; none was wearing one.",
            ],
            "quote": (1, "A lifejacket in the wheelhouse has never saved anyone."),
        },
    ),
    event(
        "airport-runway",
        [
            ("Clement Osei", "chief executive of Brackwater Airport"),
            ("Yvonne Thale", "leader of the Quiet Skies campaign"),
        ],
        ["Brackwater Airport", "Quiet Skies"],
        "Brackwater",
        ("Brackwater Airport's second runway approved", "Second runway cleared for take-off"),
        [
            (
                "The planning inspectorate has approved a second runway at Brackwater Airport, allowing up to 40 more flights an hour.",
                "Brackwater Airport has won approval for a second runway and 40 extra flights an hour.",
            ),
            (
                "The runway is expected to cost 3.2 billion crowns and open in 2032.",
                "The 3.2 billion project should be ready by 2032.",
            ),
            (
                "Night flights will remain banned between 23:30 and 06:00.",
                "The night flight ban stays.",
            ),
            (
                "Campaigners from Quiet Skies said 70,000 more homes would be under the flight path.",
                "Quiet Skies campaigners say 70,000 extra homes will suffer the noise.",
            ),
            (
                "The airport will pay for insulation of homes most affected by noise.",
                "The airport will pay to soundproof the worst-hit homes.",
            ),
        ],
        [
            "Brackwater handled 22 million passengers last year, more than it was designed for.",
            "The first runway was built in 1962 on former marshland.",
        ],
        [
            (
                0,
                "This runway is about jobs and about a region that has been left at the back of the queue for too long.",
                "left at the back of the queue for too long",
            ),
            (
                1,
                "They have approved a runway over the heads of people who will never sleep through a summer morning again.",
                "never sleep through a summer morning again",
            ),
        ],
        {
            "hours": 210,
            "head": "Brackwater Airport and Quiet Skies agree noise monitors",
            "paras": [
                "Brackwater Airport will install 30 noise monitors in villages around the airfield after an agreement with Quiet Skies.",
                "Clement Osei and Yvonne Thale said the readings would be published every month.",
                "The first monitors will go up in January.",
            ],
            "quote": (
                1,
                "Numbers on a website will not stop the noise, but they will stop the arguments about it.",
            ),
        },
    ),
    event(
        "doping-case",
        [
            ("Emil Kastner", "cyclist of Team Veloria"),
            ("Dr Sabine Rolle", "director of the National Anti-Doping Agency"),
        ],
        ["Team Veloria", "National Anti-Doping Agency"],
        "Lunden",
        (
            "Cyclist Emil Kastner banned for four years after positive test",
            "Kastner handed four-year doping ban",
        ),
        [
            (
                "The National Anti-Doping Agency has banned the cyclist Emil Kastner for four years after he tested positive for a blood-boosting drug.",
                "Cycling star Emil Kastner has been slapped with a four-year ban for doping.",
            ),
            (
                "The sample was taken during the national championships in June.",
                "He was caught at the national championships in June.",
            ),
            (
                "Kastner, 27, denies knowingly taking the substance and says he will appeal.",
                "The 27-year-old insists he is innocent and will appeal.",
            ),
            ("Team Veloria has suspended his contract.", "His team, Veloria, has suspended him."),
            ("He will lose his national title.", "He will be stripped of his national title."),
        ],
        [
            "Kastner was seen as the country's best hope of a stage win at next year's Grand Tour.",
            "Two other riders were banned this year after positive tests.",
        ],
        [
            (
                0,
                "I have never knowingly taken anything, and I will spend every crown I have proving it.",
                "spend every crown I have proving it",
            ),
            (
                1,
                "The rules are the same for a champion and for a beginner, and that is the point of them.",
                "the same for a champion and for a beginner",
            ),
        ],
        {
            "hours": 300,
            "head": "Anti-doping agency to test amateur riders for the first time",
            "paras": [
                "The National Anti-Doping Agency said on Monday it would begin testing amateur cyclists at the largest sportive events.",
                "Dr Sabine Rolle said the case of Emil Kastner had shown that drugs reached riders long before they turned professional; Team Veloria said it supported the plan.",
                "About 400 tests will be carried out next year.",
            ],
            "quote": (
                1,
                "If we only test professionals, we only find the problem when it is too late.",
            ),
        },
    ),
    event(
        "orchestra-funding",
        [
            ("Marguerite Oyelaran", "director of the Kellstone Philharmonic"),
            ("Bastian Frei", "culture minister"),
        ],
        ["Kellstone Philharmonic", "Arts Council"],
        "Kellstone",
        ("Kellstone Philharmonic loses state funding", "Orchestra faces silence as grant axed"),
        [
            (
                "The Kellstone Philharmonic will lose its 6 million crown annual grant from the Arts Council from next April.",
                "The Kellstone Philharmonic has had its 6 million grant axed by the Arts Council.",
            ),
            (
                "The orchestra employs 78 musicians and gives about 120 concerts a year.",
                "Its 78 musicians play around 120 concerts a year.",
            ),
            (
                "The Arts Council said the money would go to music education in schools.",
                "The cash is being moved to music lessons in schools.",
            ),
            (
                "The orchestra says it may have to close within two years without new funding.",
                "Bosses fear it could fold within two years.",
            ),
            (
                "A petition to save the orchestra has gathered 35,000 signatures.",
                "Some 35,000 people have signed a petition.",
            ),
        ],
        [
            "The orchestra was founded in 1903 by a group of railway workers.",
            "It is the only full-time orchestra in the western provinces.",
        ],
        [
            (
                0,
                "You cannot teach children to love music and then close the orchestra they would grow up to hear.",
                "close the orchestra they would grow up to hear",
            ),
            (
                1,
                "Every crown of this money stays in music; it simply reaches more children.",
                "it simply reaches more children",
            ),
        ],
        {
            "hours": 48,
            "head": "Kellstone Philharmonic premieres symphony by teenage composer",
            "paras": [
                "The Kellstone Philharmonic gave the first performance on Saturday of a symphony by Ines Haller, a 17-year-old composer from Kellstone.",
                "Marguerite Oyelaran introduced the piece, and Bastian Frei was in the audience.",
                "The symphony lasts 24 minutes and was written over two summers.",
            ],
            "quote": (
                0,
                "Ines wrote the piece in the orchestra's own practice rooms, between our rehearsals.",
            ),
        },
    ),
    event(
        "research-fraud",
        [
            ("Professor Adrian Moss", "biologist at Tamsin University"),
            ("Dr Celeste Nakamura", "vice-chancellor of Tamsin University"),
        ],
        ["Tamsin University", "Journal of Cell Dynamics"],
        "Tamsin",
        (
            "Tamsin University finds professor faked cancer data",
            "Top scientist faked research, inquiry finds",
        ),
        [
            (
                "An inquiry at Tamsin University has found that the biologist Adrian Moss fabricated data in six papers on cancer cell growth.",
                "A university inquiry has found that Professor Adrian Moss made up data in six cancer papers.",
            ),
            (
                "The university has asked the Journal of Cell Dynamics to retract four of the papers.",
                "The Journal of Cell Dynamics has been asked to pull four of them.",
            ),
            ("Moss has resigned.", "Moss has quit."),
            (
                "The inquiry found that images had been copied between experiments.",
                "Pictures were copied from one experiment to another, investigators said.",
            ),
            (
                "The research had attracted 8 million crowns in grants.",
                "The work pulled in 8 million in grants.",
            ),
        ],
        [
            "Moss was awarded the national biology medal in 2019.",
            "Concerns were first raised by a doctoral student in 2023.",
        ],
        [
            (
                1,
                "Science depends on trust, and that trust was broken here.",
                "that trust was broken here",
            ),
            (
                0,
                "I made serious mistakes in handling images, but I never set out to deceive anyone.",
                "never set out to deceive anyone",
            ),
        ],
        {
            "hours": 400,
            "head": "Tamsin University opens new cancer research centre",
            "paras": [
                "Tamsin University opened a 40 million crown cancer research centre on Thursday.",
                "Dr Celeste Nakamura said the centre would share all its raw data openly, months after the university's inquiry into Professor Adrian Moss.",
                "The centre will employ 120 researchers.",
            ],
            "quote": (
                1,
                "Every image and every number from this building will be open to anyone who wants to check it.",
            ),
        },
    ),
    event(
        "factory-fire",
        [
            ("Wendell Achebe", "owner of Brightwater Textiles"),
            ("Chief Officer Lise Haraldsen", "head of the Penmore Fire Brigade"),
        ],
        ["Brightwater Textiles", "Penmore Fire Brigade"],
        "Penmore",
        ("Fire destroys Brightwater textile mill in Penmore", "Mill inferno lights up Penmore sky"),
        [
            (
                "A fire destroyed the Brightwater Textiles mill in Penmore overnight on Tuesday.",
                "A massive blaze gutted the Brightwater Textiles mill in Penmore overnight.",
            ),
            (
                "Sixty firefighters fought the blaze for nine hours.",
                "Sixty firefighters battled for nine hours.",
            ),
            (
                "The 40 workers on the night shift were evacuated and nobody was hurt.",
                "All 40 night-shift workers got out safely.",
            ),
            (
                "Residents were told to keep windows closed because of the smoke.",
                "Locals were told to shut their windows.",
            ),
            ("The cause is being investigated.", "Fire chiefs are probing the cause."),
        ],
        [
            "The mill, built in 1889, is one of the last working textile mills in the Penmore valley.",
            "It employs 210 people and makes upholstery fabric.",
        ],
        [
            (
                1,
                "The crews saved the warehouse and the neighbouring houses, but the mill itself was lost within the first hour.",
                "lost within the first hour",
            ),
            (
                0,
                "We will rebuild, and every one of our people will be paid while we do.",
                "every one of our people will be paid while we do",
            ),
        ],
        {
            "hours": 250,
            "head": "Brightwater Textiles owner thanks fire brigade with donation",
            "paras": [
                "Wendell Achebe has given 50,000 crowns to the Penmore Fire Brigade's benevolent fund.",
                "Chief Officer Lise Haraldsen said the money would pay for a new training tower.",
                "The company is still working out where to restart production.",
            ],
            "quote": (
                1,
                "The tower will train firefighters for thirty years, which is a fine way to say thank you.",
            ),
        },
    ),
    event(
        "mayor-resigns",
        [
            ("Mayor Fabian Drury", "mayor of Stellham"),
            ("Councillor Hana Petrakis", "deputy mayor of Stellham"),
        ],
        ["Stellham city council", "Stellham Ethics Board"],
        "Stellham",
        ("Stellham mayor resigns over undeclared land deal", "Mayor quits in land scandal"),
        [
            (
                "The mayor of Stellham, Fabian Drury, resigned on Friday after failing to declare his stake in land sold to the city council.",
                "Stellham mayor Fabian Drury has quit after it emerged he hid his share in land sold to the council.",
            ),
            (
                "The Stellham Ethics Board found he had not declared a 30 per cent share in the company that sold the land.",
                "The Ethics Board found he kept quiet about owning 30 per cent of the firm.",
            ),
            (
                "The land was bought for a new bus depot for 11 million crowns.",
                "The council paid 11 million for the plot for a bus depot.",
            ),
            (
                "Hana Petrakis becomes acting mayor until an election in March.",
                "Hana Petrakis takes over until a vote in March.",
            ),
            ("Police have not opened an investigation.", "Police are not investigating."),
        ],
        [
            "Drury had been mayor for seven years and won his last election with 58 per cent of the vote.",
            "The depot project has been paused.",
        ],
        [
            (
                0,
                "I made an error of judgment and I will not ask this city to carry it for me.",
                "I will not ask this city to carry it for me",
            ),
            (
                1,
                "Stellham deserves a council it can trust, and rebuilding that trust starts this afternoon.",
                "rebuilding that trust starts this afternoon",
            ),
        ],
        {
            "hours": 36,
            "head": "Drury and Petrakis open Stellham winter market",
            "paras": [
                "Fabian Drury and Hana Petrakis opened the Stellham winter market together on Thursday evening, the day before the mayor's land deal came to light.",
                "The market has 120 stalls and an ice rink.",
                "It runs until the new year.",
            ],
            "quote": (
                1,
                "The ice rink is the only place in Stellham where the council admits it is slippery.",
            ),
        },
    ),
    event(
        "water-contamination",
        [
            ("Dr Ines Carvalho", "director of public health for Wexley"),
            ("Raymond Tulloch", "chief executive of Wexley Water"),
        ],
        ["Wexley Water", "Wexley health authority"],
        "Wexley",
        (
            "Wexley residents told to boil tap water after bacteria found",
            "Boil your water, 60,000 told",
        ),
        [
            (
                "About 60,000 residents of Wexley have been told to boil their tap water after bacteria were found at a treatment works.",
                "Sixty thousand people in Wexley have been ordered to boil their water after a bug was found in the supply.",
            ),
            (
                "Wexley Water said a filter had failed after heavy rain.",
                "The water company blamed a failed filter after downpours.",
            ),
            (
                "Bottled water is being handed out at four sites.",
                "Bottled water is being handed out at four points across town.",
            ),
            (
                "Twelve people have been treated for stomach illness.",
                "A dozen people have fallen ill.",
            ),
            (
                "The notice is expected to last at least five days.",
                "It could be five days before the water is safe.",
            ),
        ],
        [
            "The treatment works was due for an upgrade in 2024 that was postponed.",
            "Wexley Water was fined last year for sewage spills.",
        ],
        [
            (
                0,
                "Boil every drop you drink or cook with until we tell you otherwise.",
                "every drop you drink or cook with",
            ),
            (
                1,
                "We have let our customers down and we are working around the clock to put it right.",
                "working around the clock to put it right",
            ),
        ],
        {
            "hours": 330,
            "head": "Wexley Water appoints new chair as fine is confirmed",
            "paras": [
                "Wexley Water has appointed a new chair of its board after regulators confirmed a fine of 2 million crowns for last year's sewage spills.",
                "Raymond Tulloch will remain chief executive, and Dr Ines Carvalho of the Wexley health authority was named to a new public health advisory panel.",
                "The fine will be paid from profits, not bills.",
            ],
            "quote": (1, "Customers will not pay a single crown of this fine through their bills."),
        },
    ),
    event(
        "port-strike",
        [
            ("Vasco Moretti", "general secretary of the Dockers' Union"),
            ("Celia Ambrose", "chief executive of Graymouth Port Authority"),
        ],
        ["Dockers' Union", "Graymouth Port Authority"],
        "Graymouth",
        ("Graymouth dockers strike over automation plans", "Dock strike halts Graymouth port"),
        [
            (
                "Dockers at Graymouth walked out on Monday in protest at plans to automate the container terminal.",
                "Graymouth's dockers have walked off the job over plans to replace them with machines.",
            ),
            (
                "About 90 ships are waiting at anchor off the port.",
                "Around 90 ships are stuck at anchor offshore.",
            ),
            (
                "The Graymouth Port Authority wants to install automated cranes by 2028.",
                "Port bosses want robot cranes by 2028.",
            ),
            (
                "The Dockers' Union says 700 jobs are at risk.",
                "The union says 700 jobs are on the line.",
            ),
            (
                "Supermarkets have warned of shortages of fresh fruit.",
                "Supermarkets fear fruit shortages.",
            ),
        ],
        [
            "Graymouth handles a third of the country's container traffic.",
            "The last strike at the port, in 2015, lasted nine days.",
        ],
        [
            (
                0,
                "A crane does not pay rent in Graymouth, and it does not send its kids to school here.",
                "does not pay rent in Graymouth",
            ),
            (
                1,
                "Automation will keep this port competitive, and a competitive port is the best job guarantee there is.",
                "the best job guarantee there is",
            ),
        ],
        {
            "hours": 46,
            "head": "Graymouth port and dockers sign safety agreement",
            "paras": [
                "The Graymouth Port Authority and the Dockers' Union signed a safety agreement on the terminal's lighting and walkways.",
                "Celia Ambrose and Vasco Moretti said the agreement followed a serious accident in the spring, and was separate from the dispute over cranes.",
                "New lighting will be installed over the winter.",
            ],
            "quote": (
                0,
                "Nobody should have to walk the quay in the dark with containers moving over their head.",
            ),
        },
    ),
    event(
        "shipwreck-rescue",
        [
            ("Coxswain Dagny Roos", "lifeboat coxswain of the Skerry Head lifeboat station"),
            ("Captain Luca Farnese", "master of the cargo ship Maren Star"),
        ],
        ["Skerry Head lifeboat station", "Coastguard"],
        "Skerry Head",
        (
            "Lifeboat crew rescue 14 from cargo ship aground off Skerry Head",
            "Daring rescue as ship runs aground",
        ),
        [
            (
                "Volunteers from the Skerry Head lifeboat station rescued 14 crew from the cargo ship Maren Star after it ran aground in a storm on Saturday night.",
                "Heroic lifeboat volunteers plucked 14 sailors from the stricken Maren Star as it smashed onto rocks off Skerry Head.",
            ),
            ("Waves of up to eight metres were reported.", "Waves were up to eight metres high."),
            ("The rescue took three hours.", "The rescue took three hours."),
            (
                "The Coastguard said fuel was leaking from the hull.",
                "Fuel was seeping from the hull, the Coastguard said.",
            ),
            ("The ship was carrying timber from the Baltic.", "The ship was carrying timber."),
        ],
        [
            "The Skerry Head lifeboat has launched more than 1,200 times since 1880.",
            "The rocks off the headland have claimed more than forty ships.",
        ],
        [
            (
                0,
                "My crew went alongside that ship eleven times, and every one of them came home.",
                "went alongside that ship eleven times",
            ),
            (
                1,
                "I have been at sea for thirty years and I have never seen people braver than those volunteers.",
                "never seen people braver than those volunteers",
            ),
        ],
        {
            "hours": 260,
            "head": "Skerry Head lifeboat crew receive bravery medals",
            "paras": [
                "Coxswain Dagny Roos and four of her crew received bravery medals in the capital on Thursday.",
                "Captain Luca Farnese of the Maren Star travelled from Genoa to attend the ceremony.",
                "The salvage of the ship is expected to take until spring.",
            ],
            "quote": (
                0,
                "The medal belongs to the whole station, including the people who made the tea.",
            ),
        },
    ),
    event(
        "estate-demolition",
        [
            ("Councillor Osman Rahimi", "housing chief of Northgate"),
            ("Bernadette Cole", "chair of the Lark Rise Tenants' Association"),
        ],
        ["Northgate council", "Lark Rise Tenants' Association"],
        "Northgate",
        (
            "Northgate to demolish Lark Rise towers after safety review",
            "Lark Rise towers to be bulldozed",
        ),
        [
            (
                "Northgate council will demolish the three Lark Rise tower blocks after a safety review found their concrete panels could fail.",
                "The three Lark Rise tower blocks are coming down after engineers found the concrete could give way.",
            ),
            (
                "The 640 households will be rehoused over the next 18 months.",
                "Some 640 families will have to move out over the next year and a half.",
            ),
            (
                "Tenants will have the right to return to new homes built on the site.",
                "Residents are promised a right to return to new flats on the site.",
            ),
            (
                "The demolition and rebuilding are expected to cost 180 million crowns.",
                "The job will cost 180 million.",
            ),
            (
                "The Lark Rise Tenants' Association has asked for independent advice.",
                "Tenants want independent advice.",
            ),
        ],
        [
            "The towers were built in 1968 using a prefabricated panel system.",
            "A gas explosion in a similar block elsewhere in 1970 led to a national review of the system.",
        ],
        [
            (
                0,
                "Nobody should go to sleep in a building we cannot stand behind.",
                "a building we cannot stand behind",
            ),
            (
                1,
                "They are knocking down our homes, and a promise on paper is all we have to take with us.",
                "a promise on paper is all we have",
            ),
        ],
        {
            "hours": 32,
            "head": "Northgate tenants and council agree community garden plan",
            "paras": [
                "Bernadette Cole and Osman Rahimi agreed on Monday to turn a disused car park beside the Lark Rise towers into a community garden.",
                "The Lark Rise Tenants' Association will run the garden with a grant from Northgate council.",
                "Planting begins in the spring.",
            ],
            "quote": (
                1,
                "A garden will still be here whatever happens to the buildings around it.",
            ),
        },
    ),
    event(
        "tram-opening",
        [
            ("Sofia Lindahl", "mayor of Brennhaven"),
            ("Teodor Pask", "director of Brennhaven Transit"),
        ],
        ["Brennhaven Transit", "Brennhaven city council"],
        "Brennhaven",
        (
            "Brennhaven's first tram line opens after decade of works",
            "All aboard: Brennhaven trams finally roll",
        ),
        [
            (
                "Brennhaven's first tram line opened to passengers on Sunday, linking the railway station to the university and the hospital.",
                "Brennhaven's long-awaited trams finally rolled out on Sunday between the station, the university and the hospital.",
            ),
            ("The 11-kilometre line has 19 stops.", "The line runs 11 kilometres with 19 stops."),
            (
                "It cost 640 million crowns, almost twice the original estimate.",
                "It came in at 640 million, nearly double the budget.",
            ),
            (
                "Trams will run every six minutes at peak times.",
                "Trams come every six minutes in the rush hour.",
            ),
            ("Rides are free for the first week.", "Rides are free for a week."),
        ],
        [
            "Brennhaven removed its old tram network in 1957 to make room for cars.",
            "Construction began in 2016 and was delayed by the discovery of a medieval cemetery.",
        ],
        [
            (
                0,
                "It took longer than we hoped and cost more than we planned, but Brennhaven has a tram again.",
                "Brennhaven has a tram again",
            ),
            (
                1,
                "Every minute a tram is late will be published, because passengers deserve to know.",
                "passengers deserve to know",
            ),
        ],
        {
            "hours": 270,
            "head": "Brennhaven mayor and transit chief face questions over tram overspend",
            "paras": [
                "Sofia Lindahl and Teodor Pask appeared before the Brennhaven city council's audit committee on Wednesday to answer questions on the tram project's budget.",
                "Councillors asked why the cost of moving underground cables had tripled.",
                "A full audit will be published in spring.",
            ],
            "quote": (
                1,
                "The cables under this city were older than anyone knew, and some were on no map at all.",
            ),
        },
    ),
    event(
        "vaccine-clinic",
        [
            ("Dr Amadou Keita", "director of the Ravel Health Trust"),
            ("Freya Jansen", "health minister"),
        ],
        ["Ravel Health Trust", "Ministry of Health"],
        "Ravel",
        ("Mobile clinics to bring flu vaccines to Ravel villages", "Jab buses head for the hills"),
        [
            (
                "The Ravel Health Trust will send eight mobile clinics to villages without a doctor's surgery to give flu vaccines this winter.",
                "Eight jab buses are heading to villages in Ravel that have no GP.",
            ),
            (
                "The Ministry of Health is paying 3 million crowns for the scheme.",
                "The health ministry is stumping up 3 million.",
            ),
            (
                "Last winter only 41 per cent of over-65s in rural Ravel were vaccinated.",
                "Just 41 per cent of over-65s in the countryside got jabbed last winter.",
            ),
            (
                "The buses will visit each village at least twice.",
                "Each village gets at least two visits.",
            ),
            ("Appointments are not needed.", "No appointment is needed."),
        ],
        [
            "Twenty-three villages in the Ravel district have lost their surgery since 2015.",
            "The scheme copies one tried in the southern provinces.",
        ],
        [
            (
                0,
                "If people cannot get to the clinic, the clinic will get to them.",
                "the clinic will get to them",
            ),
            (
                1,
                "A pensioner in a village should be as protected as a pensioner in the capital.",
                "as protected as a pensioner in the capital",
            ),
        ],
        {
            "hours": 42,
            "head": "Health minister visits Ravel hospital's new scanner",
            "paras": [
                "Freya Jansen visited Ravel General Hospital on Friday to see a new MRI scanner bought with money raised by local charities.",
                "Dr Amadou Keita of the Ravel Health Trust showed the minister round the imaging department.",
                "The scanner will cut waiting times from ten weeks to three.",
            ],
            "quote": (0, "Ten weeks is a long time to wait to find out whether you are ill."),
        },
    ),
    event(
        "chess-final",
        [("Grandmaster Vera Ostrova", "chess player"), ("Kwame Ashdown-Reyes", "chess player")],
        ["International Chess League", "Halvorsen Club"],
        "Halvorsen",
        (
            "Ostrova wins world chess final in Halvorsen tie-break",
            "Ostrova crowned chess queen after thriller",
        ),
        [
            (
                "Vera Ostrova won the world chess final in Halvorsen on Sunday, beating Kwame Ashdown-Reyes in a rapid tie-break after twelve drawn classical games.",
                "Vera Ostrova is world champion after edging Kwame Ashdown-Reyes in a nail-biting tie-break.",
            ),
            ("The decisive game lasted 61 moves.", "The clincher went to 61 moves."),
            (
                "Ostrova, 24, is the youngest champion in the International Chess League's history.",
                "At 24 she is the youngest ever champion.",
            ),
            (
                "The match was played at the Halvorsen Club.",
                "The match was held at the Halvorsen Club.",
            ),
            ("The prize fund was 2 million crowns.", "There was 2 million in prize money."),
        ],
        [
            "Ostrova learned chess from her grandfather on a board carved from a fence post.",
            "Ashdown-Reyes had not lost a classical game in two years.",
        ],
        [
            (
                0,
                "I was lost in the middle of that game, and I only survived because I refused to believe it.",
                "I only survived because I refused to believe it",
            ),
            (
                1,
                "She deserved it; she found moves in the last hour that I did not even consider.",
                "she found moves in the last hour",
            ),
        ],
        {
            "hours": 230,
            "head": "Ostrova and Ashdown-Reyes play exhibition for schools",
            "paras": [
                "Vera Ostrova and Kwame Ashdown-Reyes played a blindfold exhibition game at the Halvorsen Club on Saturday to raise money for chess in schools.",
                "The International Chess League matched every crown raised.",
                "The game was drawn in 40 moves.",
            ],
            "quote": (
                1,
                "Blindfold chess is the best way I know to show children that the board lives in your head.",
            ),
        },
    ),
    event(
        "pension-reform",
        [
            ("Gustav Lindgren", "finance minister"),
            ("Olga Petrenko", "leader of the Federation of Pensioners"),
        ],
        ["Ministry of Finance", "Federation of Pensioners"],
        "Lunden",
        ("Government raises retirement age to 68 by 2035", "Work till you're 68"),
        [
            (
                "The government announced on Wednesday that the state retirement age will rise from 66 to 68 by 2035.",
                "Millions will have to work until 68 under plans unveiled on Wednesday.",
            ),
            (
                "The change will be phased in by two months a year from 2027.",
                "The age will creep up by two months a year from 2027.",
            ),
            (
                "The Ministry of Finance says the reform will save 9 billion crowns a year by 2040.",
                "The Treasury reckons it will save 9 billion a year.",
            ),
            (
                "People in physically demanding jobs will be able to retire at 65 on a reduced pension.",
                "Manual workers can still stop at 65 with a smaller pension.",
            ),
            (
                "The bill will be put to parliament in the spring.",
                "MPs will vote on it in the spring.",
            ),
        ],
        [
            "Life expectancy at 65 has risen by four years since the current age was set.",
            "There are now three workers for every pensioner, down from five in 1990.",
        ],
        [
            (
                0,
                "We are living longer, and a pension system that ignores that is a promise we cannot keep.",
                "a promise we cannot keep",
            ),
            (
                1,
                "A bricklayer's knees do not know that life expectancy has gone up.",
                "knees do not know that life expectancy has gone up",
            ),
        ],
        {
            "hours": 24,
            "head": "Lindgren meets pensioners' federation over heating allowance",
            "paras": [
                "Gustav Lindgren met the Federation of Pensioners on Tuesday to discuss the winter heating allowance, a day before the retirement age announcement.",
                "Olga Petrenko asked for the allowance to rise with energy prices.",
                "No agreement was reached.",
            ],
            "quote": (1, "Nobody should sit in a coat in their own kitchen in January."),
        },
    ),
    event(
        "satellite-launch",
        [
            ("Dr Yannick Bertrand", "director of the Norland Space Agency"),
            ("Anouk Smeets", "mission manager at Corvid Aerospace"),
        ],
        ["Norland Space Agency", "Corvid Aerospace"],
        "Vindeby",
        ("Norland's first weather satellite reaches orbit", "Norland satellite blasts off"),
        [
            (
                "Norland's first home-built weather satellite reached orbit on Tuesday after a launch from the Vindeby spaceport.",
                "Norland's very first weather satellite roared into orbit from Vindeby on Tuesday.",
            ),
            (
                "The satellite, called Skarv-1, was built by Corvid Aerospace.",
                "Skarv-1 was built by Corvid Aerospace.",
            ),
            (
                "It will measure sea ice and storm systems over the northern ocean.",
                "It will track sea ice and storms in the far north.",
            ),
            ("The mission cost 420 million crowns.", "The mission cost 420 million."),
            (
                "The first images are expected within a fortnight.",
                "The first pictures should arrive within two weeks.",
            ),
        ],
        [
            "An earlier attempt failed in 2024 when the rocket's second stage shut down early.",
            "Norland previously bought weather data from foreign agencies.",
        ],
        [
            (0, "Tonight a small country put its own eyes in the sky.", "its own eyes in the sky"),
            (
                1,
                "After last time, I did not breathe until the panels opened.",
                "I did not breathe until the panels opened",
            ),
        ],
        {
            "hours": 220,
            "head": "Norland Space Agency and Corvid Aerospace sign lunar rover deal",
            "paras": [
                "The Norland Space Agency has signed a contract with Corvid Aerospace to design the wheels of a European lunar rover.",
                "Dr Yannick Bertrand and Anouk Smeets signed the contract at a trade fair in Vindeby.",
                "The contract is worth 35 million crowns.",
            ],
            "quote": (0, "Wheels that can cope with our winters can cope with the Moon."),
        },
    ),
    event(
        "library-closures",
        [
            ("Councillor Petra Holm", "finance chief of Dunwich Vale council"),
            ("Arthur Penhaligon", "author and president of the Friends of Dunwich Libraries"),
        ],
        ["Dunwich Vale council", "Friends of Dunwich Libraries"],
        "Dunwich Vale",
        (
            "Dunwich Vale to close five libraries to save money",
            "Five libraries shut in council cuts",
        ),
        [
            (
                "Dunwich Vale council will close five of its eleven libraries in April to save 1.8 million crowns a year.",
                "Five libraries across Dunwich Vale are being shut to save 1.8 million.",
            ),
            (
                "The council faces a budget gap of 14 million crowns.",
                "The council is 14 million short.",
            ),
            (
                "Volunteers will be invited to run some of the buildings as community libraries.",
                "Volunteers may be allowed to keep some open.",
            ),
            (
                "A mobile library will visit the affected villages weekly.",
                "A library van will call once a week.",
            ),
            (
                "More than 4,000 people have signed a petition against the closures.",
                "Over 4,000 people have signed a petition to save them.",
            ),
        ],
        [
            "Book loans in the district have fallen by a third in ten years, but computer use in libraries has doubled.",
            "Three of the libraries earmarked for closure were gifts from a nineteenth-century mill owner.",
        ],
        [
            (
                0,
                "I did not come into politics to close libraries, but I cannot spend money the council does not have.",
                "I cannot spend money the council does not have",
            ),
            (
                1,
                "A library is the only warm room in town where nobody asks you to buy anything.",
                "the only warm room in town",
            ),
        ],
        {
            "hours": 27,
            "head": "Penhaligon's new novel launched at Dunwich library",
            "paras": [
                "Arthur Penhaligon launched his ninth novel at Dunwich Central Library on Saturday, two days after the closures were announced.",
                "Councillor Petra Holm of Dunwich Vale council attended and bought a signed copy.",
                "The novel is set in a lighthouse during the war.",
            ],
            "quote": (
                1,
                "I wrote most of this book at the desk by the radiator in this very room.",
            ),
        },
    ),
    event(
        "heatwave-record",
        [
            ("Dr Halima Osei-Brandt", "chief forecaster of the National Weather Office"),
            ("Niels Overgaard", "head of the Grid Operator"),
        ],
        ["National Weather Office", "Grid Operator"],
        "Solvik",
        ("Solvik sets national heat record of 39.4C", "Scorchio! Record heat in Solvik"),
        [
            (
                "The town of Solvik recorded a temperature of 39.4C on Wednesday, the highest ever measured in the country, the National Weather Office said.",
                "Solvik sizzled at a record-smashing 39.4C on Wednesday.",
            ),
            (
                "The previous record of 37.8C was set in 2019.",
                "The old record was 37.8C, set in 2019.",
            ),
            (
                "The Grid Operator asked households to avoid using ovens and washing machines in the early evening.",
                "The power grid begged people not to run ovens and washing machines at teatime.",
            ),
            (
                "Several rail lines imposed speed limits because of fears the tracks could buckle.",
                "Trains were slowed down in case the rails buckled.",
            ),
            (
                "Temperatures are expected to fall at the weekend.",
                "Relief is on the way at the weekend.",
            ),
        ],
        [
            "Eight of the ten hottest days on record have come since 2010.",
            "Solvik lies in a sheltered valley that traps warm air.",
        ],
        [
            (
                0,
                "A temperature like this was almost impossible here fifty years ago, and it will not be the last record.",
                "it will not be the last record",
            ),
            (
                1,
                "The grid is holding, but it is holding because people are helping us.",
                "it is holding because people are helping us",
            ),
        ],
        {
            "hours": 240,
            "head": "Weather office and grid operator sign forecasting pact",
            "paras": [
                "The National Weather Office and the Grid Operator have agreed to share forecasts of wind and sunshine every fifteen minutes.",
                "Dr Halima Osei-Brandt and Niels Overgaard said the data would help the grid plan for solar power.",
                "The pact starts in the new year.",
            ],
            "quote": (
                1,
                "Knowing where the clouds will be in an hour is worth more to us than a new power station.",
            ),
        },
    ),
]
