"""Well-known intellectual-property rulings, as ruling records for the demo catalogue.

Each entry is a record in the format of ``ipcases.importers`` (source "landmark", a readable
``source_id`` such as "feist-1991") that ``store.save_records`` accepts as it is. Only facts that
were checked are given: where a docket number, a right in suit or an address was not certain, the
key is left out rather than guessed. Summaries are our own words, not text of the decisions.
"""

from __future__ import annotations

# Courts whose decisions are judgments or preliminary rulings rather than opinions.
_KIND_BY_COURT = {
    "uksc": "judgment",
    "ukhl": "judgment",
    "ewca-civ": "judgment",
    "cjeu": "preliminary_ruling",
}


def _landmark(source_id: str, court: str, **fields) -> dict:
    return {
        "source": "landmark",
        "source_id": source_id,
        "court": court,
        "kind": _KIND_BY_COURT.get(court, "opinion"),
        "precedential_status": "precedential",
        "language": "en",
        **fields,
    }


def _org(name: str, role: str) -> dict:
    return {"name": name, "role": role, "is_natural_person": False}


def _person(name: str, role: str) -> dict:
    return {"name": name, "role": role, "is_natural_person": True}


def _us_patent(number: str) -> dict:
    return {"kind": "utility_patent", "office": "US", "number": number}


def _us_design(number: str) -> dict:
    return {"kind": "design_patent", "office": "US", "number": number}


def _ep(number: str) -> dict:
    return {"kind": "european_patent", "office": "EP", "number": number}


def _justia(volume: int, page: int) -> str:
    return f"https://supreme.justia.com/cases/federal/us/{volume}/{page}/"


def _bailii(court: str, year: int, number: int) -> str:
    folder = {"UKSC": "uk/cases/UKSC", "UKHL": "uk/cases/UKHL", "EWCA Civ": "ew/cases/EWCA/Civ"}
    return f"https://www.bailii.org/{folder[court]}/{year}/{number}.html"


def _curia(case_number: str) -> str:
    return f"https://curia.europa.eu/juris/liste.jsf?num={case_number}"


PETITIONER, RESPONDENT = "petitioner", "respondent"
APPELLANT, APPELLEE = "appellant", "appellee"
OTHER = "other"

SUPREME_COURT_US = [
    _landmark(
        "feist-1991",
        "scotus",
        case_name="Feist Publications, Inc. v. Rural Telephone Service Co., Inc.",
        case_short_name="Feist v. Rural Telephone",
        decision_date="1991-03-27",
        citations=["499 U.S. 340"],
        docket_number="No. 89-1909",
        ip_types=["copyright"],
        disposition="reversed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Feist Publications, Inc.", PETITIONER),
            _org("Rural Telephone Service Co., Inc.", RESPONDENT),
        ],
        summary="A telephone company's white-pages listings of names, towns and numbers were copied "
        "into a competing area-wide directory. The Court held that copyright protects only original "
        "expression showing a modicum of creativity, not facts or the effort of gathering them, and "
        "that an alphabetical listing lacks the originality needed for protection.",
        source_url=_justia(499, 340),
    ),
    _landmark(
        "sony-betamax-1984",
        "scotus",
        case_name="Sony Corporation of America v. Universal City Studios, Inc.",
        case_short_name="Sony v. Universal (Betamax)",
        decision_date="1984-01-17",
        citations=["464 U.S. 417"],
        docket_number="No. 81-1687",
        ip_types=["copyright"],
        disposition="reversed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Sony Corporation of America", PETITIONER),
            _org("Universal City Studios, Inc.", RESPONDENT),
        ],
        summary="Film studios sued the maker of the Betamax video recorder for contributory "
        "infringement by home viewers who taped broadcasts. The Court held that selling equipment "
        "capable of substantial non-infringing uses does not make the seller a contributory "
        "infringer, and that recording programmes to watch them later is a fair use.",
        source_url=_justia(464, 417),
    ),
    _landmark(
        "campbell-1994",
        "scotus",
        case_name="Campbell, aka Skyywalker, et al. v. Acuff-Rose Music, Inc.",
        case_short_name="Campbell v. Acuff-Rose",
        decision_date="1994-03-07",
        citations=["510 U.S. 569"],
        docket_number="No. 92-1292",
        ip_types=["copyright"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _person("Luther R. Campbell", PETITIONER),
            _org("Acuff-Rose Music, Inc.", RESPONDENT),
        ],
        summary="The owner of the song Oh, Pretty Woman sued 2 Live Crew over a rap parody of it. "
        "The Court held that a commercial parody may be a fair use, that commerciality creates no "
        "presumption against fair use, and that the transformative character of the new work weighs "
        "heavily in the first factor.",
        source_url=_justia(510, 569),
    ),
    _landmark(
        "harper-row-1985",
        "scotus",
        case_name="Harper & Row, Publishers, Inc., et al. v. Nation Enterprises et al.",
        case_short_name="Harper & Row v. Nation Enterprises",
        decision_date="1985-05-20",
        citations=["471 U.S. 539"],
        docket_number="No. 83-1632",
        ip_types=["copyright"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Harper & Row, Publishers, Inc.", PETITIONER),
            _org("Nation Enterprises", RESPONDENT),
        ],
        summary="A magazine published verbatim extracts from President Ford's unpublished memoirs "
        "shortly before an authorised excerpt was due to appear. The Court held that the scoop was "
        "not a fair use, giving weight to the unpublished nature of the work and to the "
        "qualitatively central passages taken.",
        source_url=_justia(471, 539),
    ),
    _landmark(
        "grokster-2005",
        "scotus",
        case_name="Metro-Goldwyn-Mayer Studios Inc. et al. v. Grokster, Ltd., et al.",
        case_short_name="MGM v. Grokster",
        decision_date="2005-06-27",
        citations=["545 U.S. 913"],
        docket_number="No. 04-480",
        ip_types=["copyright"],
        disposition="vacated_and_remanded",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Metro-Goldwyn-Mayer Studios Inc.", PETITIONER),
            _org("Grokster, Ltd.", RESPONDENT),
            _org("StreamCast Networks, Inc.", RESPONDENT),
        ],
        summary="Studios and record companies sued distributors of peer-to-peer file-sharing "
        "software used mostly to swap copyrighted works. The Court held that one who distributes a "
        "device with the object of promoting its use to infringe, shown by clear expression or other "
        "affirmative steps, is liable for the resulting infringement by third parties.",
        source_url=_justia(545, 913),
    ),
    _landmark(
        "kirtsaeng-2013",
        "scotus",
        case_name="Kirtsaeng, dba Bluechristine99 v. John Wiley & Sons, Inc.",
        case_short_name="Kirtsaeng v. John Wiley & Sons",
        decision_date="2013-03-19",
        citations=["568 U.S. 519"],
        docket_number="No. 11-697",
        ip_types=["copyright"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _person("Supap Kirtsaeng", PETITIONER),
            _org("John Wiley & Sons, Inc.", RESPONDENT),
        ],
        summary="A student imported textbooks lawfully made and sold abroad and resold them in the "
        "United States. The Court held that the first-sale doctrine applies to copies lawfully made "
        "outside the United States, so the publisher could not block their resale.",
    ),
    _landmark(
        "aereo-2014",
        "scotus",
        case_name="American Broadcasting Companies, Inc., et al. v. Aereo, Inc.",
        case_short_name="ABC v. Aereo",
        decision_date="2014-06-25",
        citations=["573 U.S. 431"],
        docket_number="No. 13-461",
        ip_types=["copyright"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="holder_won",
        parties=[
            _org("American Broadcasting Companies, Inc.", PETITIONER),
            _org("Aereo, Inc.", RESPONDENT),
        ],
        summary="Aereo streamed over-the-air television to subscribers over the internet, using a "
        "separate tiny antenna for each user. The Court held that Aereo performed the works publicly "
        "because its service closely resembled the cable systems that Congress brought within the "
        "public performance right.",
    ),
    _landmark(
        "star-athletica-2017",
        "scotus",
        case_name="Star Athletica, L.L.C. v. Varsity Brands, Inc., et al.",
        case_short_name="Star Athletica v. Varsity Brands",
        decision_date="2017-03-22",
        citations=["580 U.S. 405"],
        docket_number="No. 15-866",
        ip_types=["copyright"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Star Athletica, L.L.C.", PETITIONER),
            _org("Varsity Brands, Inc.", RESPONDENT),
        ],
        summary="A maker of cheerleading uniforms claimed copyright in the stripes, chevrons and "
        "colour blocks on its designs. The Court held that a feature of a useful article is protected "
        "if it can be perceived as a work of art separate from the article and would qualify as a "
        "pictorial, graphic or sculptural work on its own, and that the uniform decorations met "
        "that test.",
    ),
    _landmark(
        "google-oracle-2021",
        "scotus",
        case_name="Google LLC v. Oracle America, Inc.",
        case_short_name="Google v. Oracle",
        decision_date="2021-04-05",
        citations=["593 U.S. 1"],
        docket_number="No. 18-956",
        ip_types=["copyright"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Google LLC", PETITIONER),
            _org("Oracle America, Inc.", RESPONDENT),
        ],
        summary="Google copied the declaring code of some 37 Java API packages into the Android "
        "platform so that programmers could use familiar method calls. Assuming the code was "
        "copyrightable, the Court held that Google's reimplementation of the interface was a fair "
        "use as a matter of law.",
    ),
    _landmark(
        "warhol-goldsmith-2023",
        "scotus",
        case_name="Andy Warhol Foundation for the Visual Arts, Inc. v. Goldsmith et al.",
        case_short_name="Warhol v. Goldsmith",
        decision_date="2023-05-18",
        citations=["598 U.S. 508"],
        docket_number="No. 21-869",
        ip_types=["copyright"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Andy Warhol Foundation for the Visual Arts, Inc.", PETITIONER),
            _person("Lynn Goldsmith", RESPONDENT),
            _org("Lynn Goldsmith, Ltd.", RESPONDENT),
        ],
        summary="The Warhol Foundation licensed a silkscreen of Prince, based on a photograph by Lynn "
        "Goldsmith, to a magazine for a cover. The Court held that the first fair-use factor did not "
        "favour the Foundation because that licensing shared substantially the same commercial "
        "purpose as the original photograph.",
    ),
    _landmark(
        "two-pesos-1992",
        "scotus",
        case_name="Two Pesos, Inc. v. Taco Cabana, Inc.",
        case_short_name="Two Pesos v. Taco Cabana",
        decision_date="1992-06-26",
        citations=["505 U.S. 763"],
        docket_number="No. 91-971",
        ip_types=["trademark"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Two Pesos, Inc.", PETITIONER),
            _org("Taco Cabana, Inc.", RESPONDENT),
        ],
        summary="A Mexican restaurant chain sued a competitor that copied the festive look of its "
        "restaurants. The Court held that inherently distinctive trade dress is protected under "
        "section 43(a) of the Lanham Act without proof of secondary meaning.",
        source_url=_justia(505, 763),
    ),
    _landmark(
        "qualitex-1995",
        "scotus",
        case_name="Qualitex Co. v. Jacobson Products Co., Inc.",
        case_short_name="Qualitex v. Jacobson Products",
        decision_date="1995-03-28",
        citations=["514 U.S. 159"],
        docket_number="No. 93-1577",
        ip_types=["trademark"],
        disposition="reversed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Qualitex Co.", PETITIONER),
            _org("Jacobson Products Co., Inc.", RESPONDENT),
        ],
        summary="Qualitex had registered the green-gold colour of its dry-cleaning press pads as a "
        "trade mark. The Court held that a colour alone may be registered when it has acquired "
        "secondary meaning and is not functional.",
        source_url=_justia(514, 159),
    ),
    _landmark(
        "wal-mart-samara-2000",
        "scotus",
        case_name="Wal-Mart Stores, Inc. v. Samara Brothers, Inc.",
        case_short_name="Wal-Mart v. Samara Brothers",
        decision_date="2000-03-22",
        citations=["529 U.S. 205"],
        docket_number="No. 99-150",
        ip_types=["trademark"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Wal-Mart Stores, Inc.", PETITIONER),
            _org("Samara Brothers, Inc.", RESPONDENT),
        ],
        summary="A children's clothing designer sued a retailer that sold knock-offs of its "
        "seersucker outfits. The Court held that product design, unlike packaging, is never "
        "inherently distinctive, so unregistered product-design trade dress is protected only on "
        "proof of secondary meaning.",
        source_url=_justia(529, 205),
    ),
    _landmark(
        "moseley-2003",
        "scotus",
        case_name="Moseley et al., dba Victor's Little Secret v. V Secret Catalogue, Inc., et al.",
        case_short_name="Moseley v. V Secret Catalogue",
        decision_date="2003-03-04",
        citations=["537 U.S. 418"],
        docket_number="No. 01-1015",
        ip_types=["trademark"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _person("Victor Moseley", PETITIONER),
            _person("Cathy Moseley", PETITIONER),
            _org("V Secret Catalogue, Inc.", RESPONDENT),
        ],
        summary="The owner of the Victoria's Secret marks sued a small shop called Victor's Little "
        "Secret for dilution. The Court held that the Federal Trademark Dilution Act as then worded "
        "required proof of actual dilution, not merely a likelihood of it.",
        source_url=_justia(537, 418),
    ),
    _landmark(
        "matal-tam-2017",
        "scotus",
        case_name="Matal, Interim Director, United States Patent and Trademark Office v. Tam",
        case_short_name="Matal v. Tam",
        decision_date="2017-06-19",
        citations=["582 U.S. 218"],
        docket_number="No. 15-1293",
        ip_types=["trademark"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _person("Joseph Matal", PETITIONER),
            _person("Simon Shiao Tam", RESPONDENT),
        ],
        summary="The Trademark Office refused to register THE SLANTS, the name of an Asian-American "
        "band, as disparaging. The Court held that the Lanham Act's bar on registering marks that "
        "disparage persons offends the Free Speech Clause of the First Amendment.",
    ),
    _landmark(
        "booking-com-2020",
        "scotus",
        case_name="United States Patent and Trademark Office et al. v. Booking.com B. V.",
        case_short_name="USPTO v. Booking.com",
        decision_date="2020-06-30",
        citations=["140 S. Ct. 2298"],
        docket_number="No. 19-46",
        ip_types=["trademark"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("United States Patent and Trademark Office", PETITIONER),
            _org("Booking.com B. V.", RESPONDENT),
        ],
        summary="The Trademark Office refused to register BOOKING.COM as generic for online hotel "
        "reservation services. The Court held that a generic term combined with a domain name "
        "suffix is generic only if consumers take the whole term to name the class of services, "
        "which they did not here.",
    ),
    _landmark(
        "romag-fossil-2020",
        "scotus",
        case_name="Romag Fasteners, Inc. v. Fossil, Inc., et al.",
        case_short_name="Romag Fasteners v. Fossil",
        decision_date="2020-04-23",
        citations=["590 U.S. 212"],
        docket_number="No. 18-1233",
        ip_types=["trademark"],
        disposition="vacated_and_remanded",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Romag Fasteners, Inc.", PETITIONER),
            _org("Fossil, Inc.", RESPONDENT),
        ],
        summary="A jury found that Fossil had infringed Romag's trade mark in magnetic snap "
        "fasteners, but not wilfully. The Court held that wilfulness is an important consideration "
        "but not a precondition for an award of the infringer's profits under the Lanham Act.",
    ),
    _landmark(
        "jack-daniels-2023",
        "scotus",
        case_name="Jack Daniel's Properties, Inc. v. VIP Products LLC",
        case_short_name="Jack Daniel's v. VIP Products",
        decision_date="2023-06-08",
        citations=["599 U.S. 140"],
        docket_number="No. 22-148",
        ip_types=["trademark"],
        disposition="vacated_and_remanded",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Jack Daniel's Properties, Inc.", PETITIONER),
            _org("VIP Products LLC", RESPONDENT),
        ],
        summary="VIP sold a squeaky dog toy, Bad Spaniels, that mimicked the Jack Daniel's whiskey "
        "bottle and label. The Court held that the threshold test of Rogers v Grimaldi does not apply "
        "when an accused infringer uses a mark as a designation of source for its own goods, and "
        "that the exclusion for noncommercial use does not shield such a parody from a dilution "
        "claim.",
    ),
    _landmark(
        "chakrabarty-1980",
        "scotus",
        case_name="Diamond, Commissioner of Patents and Trademarks v. Chakrabarty",
        case_short_name="Diamond v. Chakrabarty",
        decision_date="1980-06-16",
        citations=["447 U.S. 303"],
        docket_number="No. 79-136",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _person("Sidney A. Diamond", PETITIONER),
            _person("Ananda M. Chakrabarty", RESPONDENT),
        ],
        summary="The Patent Office refused claims to a genetically engineered bacterium able to "
        "break down crude oil. The Court held that a live, human-made micro-organism is a "
        "manufacture or composition of matter and so patentable subject matter.",
        source_url=_justia(447, 303),
    ),
    _landmark(
        "diehr-1981",
        "scotus",
        case_name="Diamond, Commissioner of Patents and Trademarks v. Diehr et al.",
        case_short_name="Diamond v. Diehr",
        decision_date="1981-03-03",
        citations=["450 U.S. 175"],
        docket_number="No. 79-1112",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _person("Sidney A. Diamond", PETITIONER),
            _person("James R. Diehr II", RESPONDENT),
            _person("Theodore A. Lutton", RESPONDENT),
        ],
        summary="The claims covered a process for curing synthetic rubber that used a computer to "
        "recalculate cure time from the Arrhenius equation. The Court held that a process does not "
        "become unpatentable merely because it uses a mathematical formula, when the claim as a "
        "whole applies it in an industrial process.",
        source_url=_justia(450, 175),
    ),
    _landmark(
        "markman-1996",
        "scotus",
        case_name="Markman et al. v. Westview Instruments, Inc., et al.",
        case_short_name="Markman v. Westview Instruments",
        decision_date="1996-04-23",
        citations=["517 U.S. 370"],
        docket_number="No. 95-26",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _person("Herbert Markman", PETITIONER),
            _org("Positek, Inc.", PETITIONER),
            _org("Westview Instruments, Inc.", RESPONDENT),
        ],
        summary="A patentee whose infringement verdict was set aside argued that the meaning of a "
        "claim term was for the jury. The Court held that the construction of patent claims, "
        "including terms of art within them, is a matter exclusively for the court.",
        source_url=_justia(517, 370),
    ),
    _landmark(
        "warner-jenkinson-1997",
        "scotus",
        case_name="Warner-Jenkinson Co., Inc. v. Hilton Davis Chemical Co.",
        case_short_name="Warner-Jenkinson v. Hilton Davis",
        decision_date="1997-03-03",
        citations=["520 U.S. 17"],
        docket_number="No. 95-728",
        ip_types=["patent"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="mixed",
        parties=[
            _org("Warner-Jenkinson Co., Inc.", PETITIONER),
            _org("Hilton Davis Chemical Co.", RESPONDENT),
        ],
        summary="The case concerned a dye-purification process run at a pH outside the claimed range. "
        "The Court reaffirmed the doctrine of equivalents but required it to be applied element by "
        "element, and presumed that an unexplained narrowing amendment was made for reasons of "
        "patentability, sending the case back on that point.",
        source_url=_justia(520, 17),
    ),
    _landmark(
        "festo-2002",
        "scotus",
        case_name="Festo Corp. v. Shoketsu Kinzoku Kogyo Kabushiki Co., Ltd., et al.",
        case_short_name="Festo v. Shoketsu",
        decision_date="2002-05-28",
        citations=["535 U.S. 722"],
        docket_number="No. 00-1543",
        ip_types=["patent"],
        disposition="vacated_and_remanded",
        rights_holder_outcome="mixed",
        parties=[
            _org("Festo Corp.", PETITIONER),
            _org("Shoketsu Kinzoku Kogyo Kabushiki Co., Ltd.", RESPONDENT),
        ],
        summary="The Federal Circuit had held that any narrowing amendment made for patentability "
        "completely barred equivalents for the amended element. The Court rejected that absolute "
        "bar in favour of a rebuttable presumption of surrender, which the patentee may overcome by "
        "showing that the equivalent was unforeseeable or otherwise could not reasonably have been "
        "claimed.",
        source_url=_justia(535, 722),
    ),
    _landmark(
        "ebay-mercexchange-2006",
        "scotus",
        case_name="eBay Inc. et al. v. MercExchange, L. L. C.",
        case_short_name="eBay v. MercExchange",
        decision_date="2006-05-15",
        citations=["547 U.S. 388"],
        docket_number="No. 05-130",
        ip_types=["patent"],
        disposition="vacated_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("eBay Inc.", PETITIONER),
            _org("MercExchange, L. L. C.", RESPONDENT),
        ],
        summary="After a jury found that eBay infringed a business-method patent, the Federal Circuit "
        "applied its general rule that a permanent injunction follows a finding of infringement. The "
        "Court held that the traditional four-factor equitable test governs injunctions in patent "
        "cases, so that neither a general rule for nor one against injunctions is permissible.",
        source_url=_justia(547, 388),
    ),
    _landmark(
        "ksr-teleflex-2007",
        "scotus",
        case_name="KSR International Co. v. Teleflex Inc. et al.",
        case_short_name="KSR v. Teleflex",
        decision_date="2007-04-30",
        citations=["550 U.S. 398"],
        docket_number="No. 04-1350",
        ip_types=["patent"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("KSR International Co.", PETITIONER),
            _org("Teleflex Inc.", RESPONDENT),
        ],
        rights=[_us_patent("6,237,565")],
        summary="Teleflex's patent claimed an adjustable vehicle pedal combined with an electronic "
        "throttle sensor. The Court rejected the Federal Circuit's rigid teaching-suggestion-"
        "motivation test for obviousness in favour of an expansive and flexible approach, and held "
        "the asserted claim obvious.",
        source_url=_justia(550, 398),
    ),
    _landmark(
        "bilski-2010",
        "scotus",
        case_name="Bilski et al. v. Kappos, Under Secretary of Commerce for Intellectual Property "
        "and Director, Patent and Trademark Office",
        case_short_name="Bilski v. Kappos",
        decision_date="2010-06-28",
        citations=["561 U.S. 593"],
        docket_number="No. 08-964",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _person("Bernard L. Bilski", PETITIONER),
            _person("Rand A. Warsaw", PETITIONER),
            _person("David J. Kappos", RESPONDENT),
        ],
        summary="The applicants claimed a method of hedging risk in commodities trading. The Court "
        "held the claims unpatentable as an abstract idea, while ruling that the machine-or-"
        "transformation test is a useful clue but not the sole test of patent eligibility for "
        "processes.",
    ),
    _landmark(
        "global-tech-2011",
        "scotus",
        case_name="Global-Tech Appliances, Inc., et al. v. SEB S. A.",
        case_short_name="Global-Tech v. SEB",
        decision_date="2011-05-31",
        citations=["563 U.S. 754"],
        docket_number="No. 10-6",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Global-Tech Appliances, Inc.", PETITIONER),
            _org("SEB S. A.", RESPONDENT),
        ],
        summary="A supplier copied a patented deep fryer and sold it to retailers without telling "
        "its patent attorney of the original. The Court held that induced infringement requires "
        "knowledge that the induced acts infringe, which may be shown by wilful blindness, and "
        "found the evidence sufficient on that standard.",
    ),
    _landmark(
        "i4i-2011",
        "scotus",
        case_name="Microsoft Corp. v. i4i Limited Partnership et al.",
        case_short_name="Microsoft v. i4i",
        decision_date="2011-06-09",
        citations=["564 U.S. 91"],
        docket_number="No. 10-290",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Microsoft Corp.", PETITIONER),
            _org("i4i Limited Partnership", RESPONDENT),
        ],
        rights=[_us_patent("5,787,449")],
        summary="Microsoft, found to infringe a patent on editing custom XML, argued that invalidity "
        "based on prior art the examiner never saw should need only a preponderance of evidence. The "
        "Court held that the statutory presumption of validity requires invalidity to be proved by "
        "clear and convincing evidence in every case.",
    ),
    _landmark(
        "mayo-prometheus-2012",
        "scotus",
        case_name="Mayo Collaborative Services, dba Mayo Medical Laboratories, et al. v. "
        "Prometheus Laboratories, Inc.",
        case_short_name="Mayo v. Prometheus",
        decision_date="2012-03-20",
        citations=["566 U.S. 66"],
        docket_number="No. 10-1150",
        ip_types=["patent"],
        disposition="reversed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Mayo Collaborative Services", PETITIONER),
            _org("Prometheus Laboratories, Inc.", RESPONDENT),
        ],
        summary="The patents claimed methods of adjusting thiopurine drug doses according to "
        "metabolite levels in a patient's blood. The Court held the claims invalid because they "
        "recited a law of nature together with only well-understood, routine and conventional steps "
        "that added no inventive concept.",
    ),
    _landmark(
        "myriad-2013",
        "scotus",
        case_name="Association for Molecular Pathology et al. v. Myriad Genetics, Inc., et al.",
        case_short_name="AMP v. Myriad Genetics",
        decision_date="2013-06-13",
        citations=["569 U.S. 576"],
        docket_number="No. 12-398",
        ip_types=["patent"],
        disposition="affirmed_in_part",
        rights_holder_outcome="mixed",
        parties=[
            _org("Association for Molecular Pathology", PETITIONER),
            _org("Myriad Genetics, Inc.", RESPONDENT),
        ],
        summary="Myriad held patents on the BRCA1 and BRCA2 genes, whose mutations indicate a raised "
        "risk of breast and ovarian cancer. The Court held that a naturally occurring DNA segment "
        "is not patent eligible merely because it has been isolated, but that synthetically created "
        "complementary DNA is.",
    ),
    _landmark(
        "octane-fitness-2014",
        "scotus",
        case_name="Octane Fitness, LLC v. ICON Health & Fitness, Inc.",
        case_short_name="Octane Fitness v. ICON",
        decision_date="2014-04-29",
        citations=["572 U.S. 545"],
        docket_number="No. 12-1184",
        ip_types=["patent"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Octane Fitness, LLC", PETITIONER),
            _org("ICON Health & Fitness, Inc.", RESPONDENT),
        ],
        summary="Octane won a patent suit brought by ICON and sought its attorney's fees. The Court "
        "held that an exceptional case under section 285 of the Patent Act is simply one that stands "
        "out from others, judged on the totality of the circumstances and proved by a preponderance "
        "of the evidence, rejecting the Federal Circuit's stricter test.",
    ),
    _landmark(
        "nautilus-biosig-2014",
        "scotus",
        case_name="Nautilus, Inc. v. Biosig Instruments, Inc.",
        case_short_name="Nautilus v. Biosig",
        decision_date="2014-06-02",
        citations=["572 U.S. 898"],
        docket_number="No. 13-369",
        ip_types=["patent"],
        disposition="vacated_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Nautilus, Inc.", PETITIONER),
            _org("Biosig Instruments, Inc.", RESPONDENT),
        ],
        summary="The patent on a heart-rate monitor for exercise equipment described electrodes "
        "mounted in spaced relationship with each other. The Court held that a claim is indefinite "
        "unless, read in light of the specification and prosecution history, it informs skilled "
        "artisans about the scope of the invention with reasonable certainty, replacing the "
        "insolubly ambiguous standard.",
    ),
    _landmark(
        "alice-2014",
        "scotus",
        case_name="Alice Corporation Pty. Ltd. v. CLS Bank International et al.",
        case_short_name="Alice v. CLS Bank",
        decision_date="2014-06-19",
        citations=["573 U.S. 208"],
        docket_number="No. 13-298",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Alice Corporation Pty. Ltd.", PETITIONER),
            _org("CLS Bank International", RESPONDENT),
        ],
        rights=[
            _us_patent("5,970,479"),
            _us_patent("6,912,510"),
            _us_patent("7,149,720"),
            _us_patent("7,725,375"),
        ],
        summary="Alice's patents claimed a computerised scheme for mitigating settlement risk through "
        "a third-party intermediary. Applying the two-step framework of Mayo, the Court held the "
        "claims directed to the abstract idea of intermediated settlement and found that generic "
        "computer implementation did not make them patent eligible.",
    ),
    _landmark(
        "halo-pulse-2016",
        "scotus",
        case_name="Halo Electronics, Inc. v. Pulse Electronics, Inc., et al.",
        case_short_name="Halo v. Pulse",
        decision_date="2016-06-13",
        citations=["579 U.S. 93"],
        docket_number="No. 14-1513",
        ip_types=["patent"],
        disposition="vacated_and_remanded",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Halo Electronics, Inc.", PETITIONER),
            _org("Pulse Electronics, Inc.", RESPONDENT),
        ],
        summary="Halo challenged the Federal Circuit's two-part Seagate test for enhanced damages "
        "for wilful infringement. The Court held that the test was unduly rigid, that district "
        "courts have discretion to award enhanced damages in egregious cases of culpable "
        "infringement, and that such awards are reviewed for abuse of discretion.",
    ),
    _landmark(
        "samsung-apple-2016",
        "scotus",
        case_name="Samsung Electronics Co., Ltd., et al. v. Apple Inc.",
        case_short_name="Samsung v. Apple",
        decision_date="2016-12-06",
        citations=["580 U.S. 53"],
        docket_number="No. 15-777",
        ip_types=["design"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Samsung Electronics Co., Ltd.", PETITIONER),
            _org("Apple Inc.", RESPONDENT),
        ],
        summary="Samsung had been ordered to pay its entire profits on smartphones found to infringe "
        "Apple's design patents. The Court held that the article of manufacture to which a design is "
        "applied, for total-profit damages under section 289, may be a component of a multi-"
        "component product rather than the product sold to consumers.",
    ),
    _landmark(
        "tc-heartland-2017",
        "scotus",
        case_name="TC Heartland LLC v. Kraft Foods Group Brands LLC",
        case_short_name="TC Heartland v. Kraft Foods",
        decision_date="2017-05-22",
        citations=["581 U.S. 258"],
        docket_number="No. 16-341",
        ip_types=["patent"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("TC Heartland LLC", PETITIONER),
            _org("Kraft Foods Group Brands LLC", RESPONDENT),
        ],
        summary="Kraft sued TC Heartland, an Indiana company, for patent infringement in Delaware. "
        "The Court held that for the patent venue statute a domestic corporation resides only in its "
        "state of incorporation, sharply limiting where patent suits may be brought.",
    ),
    _landmark(
        "impression-lexmark-2017",
        "scotus",
        case_name="Impression Products, Inc. v. Lexmark International, Inc.",
        case_short_name="Impression Products v. Lexmark",
        decision_date="2017-05-30",
        citations=["581 U.S. 360"],
        docket_number="No. 15-1189",
        ip_types=["patent"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Impression Products, Inc.", PETITIONER),
            _org("Lexmark International, Inc.", RESPONDENT),
        ],
        summary="Lexmark sued a remanufacturer that refilled and resold toner cartridges sold under "
        "a single-use restriction or sold abroad. The Court held that a patentee's authorised sale "
        "exhausts all its patent rights in the item, whatever restrictions accompany the sale and "
        "wherever in the world the sale takes place.",
    ),
    _landmark(
        "oil-states-2018",
        "scotus",
        case_name="Oil States Energy Services, LLC v. Greene's Energy Group, LLC, et al.",
        case_short_name="Oil States v. Greene's Energy",
        decision_date="2018-04-24",
        citations=["584 U.S. 325"],
        docket_number="No. 16-712",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Oil States Energy Services, LLC", PETITIONER),
            _org("Greene's Energy Group, LLC", RESPONDENT),
        ],
        summary="A patent owner whose claims were cancelled in inter partes review argued that only "
        "an Article III court with a jury could revoke a patent. The Court held that inter partes "
        "review concerns a matter of public rights and so violates neither Article III nor the "
        "Seventh Amendment.",
    ),
    _landmark(
        "amgen-sanofi-2023",
        "scotus",
        case_name="Amgen Inc., et al. v. Sanofi, et al.",
        case_short_name="Amgen v. Sanofi",
        decision_date="2023-05-18",
        citations=["598 U.S. 594"],
        docket_number="No. 21-757",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Amgen Inc.", PETITIONER),
            _org("Sanofi", RESPONDENT),
        ],
        summary="Amgen's patents claimed by their function an entire genus of antibodies that lower "
        "LDL cholesterol, while disclosing the sequences of only some of them. The Court held the "
        "claims invalid for lack of enablement because the specification did not enable a skilled "
        "person to make and use the full scope of what was claimed without undue experimentation.",
    ),
]

FEDERAL_CIRCUIT = [
    _landmark(
        "state-street-1998",
        "cafc",
        case_name="State Street Bank & Trust Co. v. Signature Financial Group, Inc.",
        case_short_name="State Street Bank v. Signature Financial",
        decision_date="1998-07-23",
        citations=["149 F.3d 1368"],
        docket_number="No. 96-1327",
        ip_types=["patent"],
        disposition="reversed_and_remanded",
        rights_holder_outcome="holder_won",
        parties=[
            _org("State Street Bank & Trust Co.", APPELLEE),
            _org("Signature Financial Group, Inc.", APPELLANT),
        ],
        rights=[_us_patent("5,193,056")],
        summary="The patent claimed a data processing system for pooling mutual funds in a hub and "
        "spoke structure, and the district court had held it outside patentable subject matter. The "
        "court reversed, holding that a machine transforming data into a useful, concrete and "
        "tangible result is patent eligible and rejecting any business-method exception.",
    ),
    _landmark(
        "phillips-awh-2005",
        "cafc",
        case_name="Phillips v. AWH Corporation",
        case_short_name="Phillips v. AWH",
        decision_date="2005-07-12",
        citations=["415 F.3d 1303"],
        docket_number="Nos. 03-1269, -1286",
        ip_types=["patent"],
        disposition="affirmed_in_part",
        rights_holder_outcome="mixed",
        parties=[
            _person("Edward H. Phillips", APPELLANT),
            _org("AWH Corporation", APPELLEE),
        ],
        rights=[_us_patent("4,677,798")],
        summary="Sitting en banc, the court set out how patent claims are to be construed, putting "
        "the specification and prosecution history ahead of dictionaries and other extrinsic "
        "evidence. Applying that approach, it held that the claim term baffles was not limited to "
        "structures at angles other than ninety degrees and reversed the summary judgment of "
        "non-infringement of the wall-panel patent.",
    ),
    _landmark(
        "egyptian-goddess-2008",
        "cafc",
        case_name="Egyptian Goddess, Inc. v. Swisa, Inc. and Dror Swisa",
        case_short_name="Egyptian Goddess v. Swisa",
        decision_date="2008-09-22",
        citations=["543 F.3d 665"],
        docket_number="No. 2006-1562",
        ip_types=["design"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Egyptian Goddess, Inc.", APPELLANT),
            _org("Swisa, Inc.", APPELLEE),
            _person("Dror Swisa", APPELLEE),
        ],
        rights=[_us_design("D467,389")],
        summary="Sitting en banc, the court abandoned the point-of-novelty test for design patent "
        "infringement and made the ordinary observer test, applied in light of the prior art, the "
        "sole test. It affirmed the finding that the accused nail buffer did not infringe.",
    ),
    _landmark(
        "in-re-bilski-2008",
        "cafc",
        case_name="In re Bernard L. Bilski and Rand A. Warsaw",
        case_short_name="In re Bilski",
        decision_date="2008-10-30",
        citations=["545 F.3d 943"],
        docket_number="No. 2007-1130",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _person("Bernard L. Bilski", APPELLANT),
            _person("Rand A. Warsaw", APPELLANT),
        ],
        summary="Sitting en banc, the court upheld the rejection of claims to a method of hedging "
        "risk in commodities trading. It held that a process is patent eligible only if it is tied "
        "to a particular machine or transforms an article into a different state or thing, and it "
        "set aside the useful, concrete and tangible result inquiry of State Street.",
    ),
    _landmark(
        "uniloc-microsoft-2011",
        "cafc",
        case_name="Uniloc USA, Inc. v. Microsoft Corporation",
        case_short_name="Uniloc v. Microsoft",
        decision_date="2011-01-04",
        citations=["632 F.3d 1292"],
        docket_number="Nos. 2010-1035, -1055",
        ip_types=["patent"],
        disposition="affirmed_in_part",
        rights_holder_outcome="mixed",
        parties=[
            _org("Uniloc USA, Inc.", APPELLANT),
            _org("Microsoft Corporation", APPELLEE),
        ],
        rights=[_us_patent("5,490,216")],
        summary="A jury found that Microsoft's product activation infringed Uniloc's software "
        "registration patent and awarded 388 million dollars. The court reinstated the infringement "
        "verdict but upheld a new trial on damages, holding the 25 percent rule of thumb a "
        "fundamentally flawed basis for a reasonable royalty and rejecting the use of the entire "
        "market value of the products as a check.",
    ),
    _landmark(
        "therasense-2011",
        "cafc",
        case_name="Therasense, Inc. (now known as Abbott Diabetes Care, Inc.) and Abbott "
        "Laboratories v. Becton, Dickinson and Company, Nova Biomedical Corporation, and Bayer "
        "Healthcare LLC",
        case_short_name="Therasense v. Becton, Dickinson",
        decision_date="2011-05-25",
        citations=["649 F.3d 1276"],
        docket_number="Nos. 2008-1511, -1512, -1513, -1514, -1595",
        ip_types=["patent"],
        disposition="vacated_and_remanded",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Therasense, Inc.", APPELLANT),
            _org("Abbott Laboratories", APPELLANT),
            _org("Becton, Dickinson and Company", APPELLEE),
            _org("Nova Biomedical Corporation", APPELLEE),
            _org("Bayer Healthcare LLC", APPELLEE),
        ],
        rights=[_us_patent("5,820,551")],
        summary="The district court had held Abbott's glucose test-strip patent unenforceable for "
        "inequitable conduct in its prosecution. Sitting en banc, the court tightened the doctrine, "
        "requiring specific intent to deceive the Patent Office and, save for egregious misconduct, "
        "but-for materiality, and sent the case back to be decided under those standards.",
    ),
    _landmark(
        "apple-samsung-2015",
        "cafc",
        case_name="Apple Inc. v. Samsung Electronics Co., Ltd.",
        case_short_name="Apple v. Samsung (2015)",
        decision_date="2015-05-18",
        citations=["786 F.3d 983"],
        docket_number="No. 2014-1335",
        ip_types=["design", "patent", "trademark"],
        disposition="affirmed_in_part",
        rights_holder_outcome="mixed",
        parties=[
            _org("Apple Inc.", "plaintiff"),
            _org("Samsung Electronics Co., Ltd.", "defendant"),
        ],
        summary="Samsung appealed the judgment of the first smartphone trial, in which a jury found "
        "infringement of Apple's design and utility patents and dilution of its trade dress. The "
        "court affirmed the design and utility patent verdicts, including an award of Samsung's "
        "total profits for design infringement, but held the asserted iPhone trade dress functional "
        "and unprotectable and reversed the dilution findings.",
    ),
    _landmark(
        "ariosa-sequenom-2015",
        "cafc",
        case_name="Ariosa Diagnostics, Inc. v. Sequenom, Inc.",
        case_short_name="Ariosa v. Sequenom",
        decision_date="2015-06-12",
        citations=["788 F.3d 1371"],
        docket_number="Nos. 2014-1139, -1144",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Ariosa Diagnostics, Inc.", APPELLEE),
            _org("Natera, Inc.", APPELLEE),
            _org("Sequenom, Inc.", APPELLANT),
        ],
        rights=[_us_patent("6,258,540")],
        summary="The patent claimed methods of detecting paternally inherited cell-free fetal DNA in "
        "a pregnant woman's plasma or serum for prenatal diagnosis. Applying Mayo, the court held "
        "the claims directed to a natural phenomenon and carried out by conventional amplification "
        "and detection steps, so the patent was invalid for claiming ineligible subject matter.",
    ),
    _landmark(
        "apple-samsung-en-banc-2016",
        "cafc",
        case_name="Apple Inc. v. Samsung Electronics Co., Ltd.",
        case_short_name="Apple v. Samsung (en banc 2016)",
        decision_date="2016-10-07",
        citations=["839 F.3d 1034"],
        docket_number="Nos. 2015-1171, -1195, -1994",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Apple Inc.", "plaintiff"),
            _org("Samsung Electronics Co., Ltd.", "defendant"),
        ],
        summary="A panel had reversed a jury verdict that Samsung infringed Apple's quick-links patent "
        "and that Apple's slide-to-unlock and autocorrect patents were not obvious. Sitting en banc, "
        "the court vacated the panel decision and reinstated the verdict, stressing deference to the "
        "jury's findings of fact, including objective indicia of non-obviousness.",
    ),
]

REGIONAL_CIRCUITS = [
    _landmark(
        "rogers-grimaldi-1989",
        "ca2",
        case_name="Ginger Rogers v. Alberto Grimaldi, MGM/UA Entertainment Co., and PEA Produzioni "
        "Europee Associate, S.R.L.",
        case_short_name="Rogers v. Grimaldi",
        decision_date="1989-05-05",
        citations=["875 F.2d 994"],
        docket_number="Nos. 88-7826, 88-7828",
        ip_types=["trademark"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _person("Ginger Rogers", APPELLANT),
            _person("Alberto Grimaldi", APPELLEE),
            _org("MGM/UA Entertainment Co.", APPELLEE),
            _org("PEA Produzioni Europee Associate, S.R.L.", APPELLEE),
        ],
        summary="Ginger Rogers claimed that the title of Federico Fellini's film Ginger and Fred "
        "falsely suggested her endorsement. The court held that the Lanham Act applies to the title "
        "of an artistic work only where the title has no artistic relevance to the work or, if it "
        "has some, explicitly misleads as to its source or content, and affirmed summary judgment "
        "for the producers.",
    ),
    _landmark(
        "lotus-borland-1995",
        "ca1",
        case_name="Lotus Development Corporation v. Borland International, Inc.",
        case_short_name="Lotus v. Borland",
        decision_date="1995-03-09",
        citations=["49 F.3d 807"],
        docket_number="No. 93-2214",
        ip_types=["copyright"],
        disposition="reversed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Lotus Development Corporation", APPELLEE),
            _org("Borland International, Inc.", APPELLANT),
        ],
        summary="Borland's spreadsheet programs copied the menu command hierarchy of Lotus 1-2-3 so "
        "that users could run their existing macros. The court held that the menu command hierarchy "
        "is a method of operation excluded from copyright protection and reversed the judgment of "
        "infringement.",
    ),
    _landmark(
        "napster-2001",
        "ca9",
        case_name="A&M Records, Inc., et al. v. Napster, Inc.",
        case_short_name="A&M Records v. Napster",
        decision_date="2001-02-12",
        citations=["239 F.3d 1004"],
        docket_number="Nos. 00-16401, 00-16403",
        ip_types=["copyright"],
        disposition="affirmed_in_part",
        rights_holder_outcome="holder_won",
        parties=[
            _org("A&M Records, Inc.", APPELLEE),
            _org("Napster, Inc.", APPELLANT),
        ],
        summary="Record companies and music publishers sought to stop Napster's peer-to-peer service, "
        "through which users exchanged music files. The court held that the plaintiffs were likely "
        "to succeed on contributory and vicarious infringement, as users' copying was not fair use "
        "and Napster knew of it and could police its system, but it required the preliminary "
        "injunction to be narrowed.",
    ),
    _landmark(
        "perfect-10-amazon-2007",
        "ca9",
        case_name="Perfect 10, Inc. v. Amazon.com, Inc., A9.com Inc., and Google Inc.",
        case_short_name="Perfect 10 v. Amazon.com",
        decision_date="2007-12-03",
        citations=["508 F.3d 1146"],
        docket_number="No. 06-55405",
        ip_types=["copyright"],
        disposition="affirmed_in_part",
        rights_holder_outcome="mixed",
        parties=[
            _org("Perfect 10, Inc.", APPELLANT),
            _org("Amazon.com, Inc.", APPELLEE),
            _org("Google Inc.", APPELLEE),
        ],
        summary="A publisher of photographs sued Google over image search thumbnails and in-line "
        "links to infringing copies on other sites. In its amended opinion the court held that "
        "linking does not display or distribute a copy under the server test and that the "
        "thumbnails were a highly transformative fair use, but it sent back the question of "
        "Google's contributory liability.",
    ),
    _landmark(
        "authors-guild-google-2015",
        "ca2",
        case_name="The Authors Guild, et al. v. Google, Inc.",
        case_short_name="Authors Guild v. Google",
        decision_date="2015-10-16",
        citations=["804 F.3d 202"],
        docket_number="No. 13-4829-cv",
        ip_types=["copyright"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("The Authors Guild", APPELLANT),
            _org("Google, Inc.", APPELLEE),
        ],
        summary="Authors sued Google for scanning millions of library books to build a searchable "
        "index that shows short snippets of text. The court held that the copying, search function "
        "and snippet display were transformative and did not offer a market substitute for the "
        "books, so they were a fair use.",
    ),
]

UNITED_KINGDOM = [
    _landmark(
        "designers-guild-2000",
        "ukhl",
        case_name="Designers Guild Limited v Russell Williams (Textiles) Limited (trading as "
        "Washington DC)",
        case_short_name="Designers Guild v Russell Williams",
        decision_date="2000-11-23",
        citations=["[2000] UKHL 58", "[2000] 1 WLR 2416"],
        ip_types=["copyright"],
        disposition="reversed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Designers Guild Limited", APPELLANT),
            _org("Russell Williams (Textiles) Limited", RESPONDENT),
        ],
        summary="The trial judge found that a fabric design of stripes and scattered flowers had "
        "been copied from Designers Guild's Ixia design, but the Court of Appeal held that no "
        "substantial part had been taken. The House of Lords restored the judge's order, holding "
        "that substantiality depends on the importance of what was copied from the claimant's work "
        "rather than on comparing the overall look of the two works, and that the appellate court "
        "should not have interfered with the judge's assessment.",
        source_url=_bailii("UKHL", 2000, 58),
    ),
    _landmark(
        "kirin-amgen-2004",
        "ukhl",
        case_name="Kirin-Amgen Inc and others v Hoechst Marion Roussel Limited and others",
        case_short_name="Kirin-Amgen v Hoechst Marion Roussel",
        decision_date="2004-10-21",
        citations=["[2004] UKHL 46"],
        ip_types=["patent"],
        disposition="affirmed_in_part",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Kirin-Amgen Inc", APPELLANT),
            _org("Hoechst Marion Roussel Limited", RESPONDENT),
            _org("Transkaryotic Therapies Inc", RESPONDENT),
        ],
        rights=[_ep("0 148 605")],
        summary="Amgen's patent covered making erythropoietin by recombinant DNA technology, and its "
        "rivals made the hormone by activating the gene already present in human cells. The House "
        "of Lords held that a claim means what the skilled reader would understand the patentee to "
        "have meant by its language, treating the Protocol questions only as guidance, and found no "
        "infringement; allowing the cross-appeal, it also held the patent invalid.",
        source_url=_bailii("UKHL", 2004, 46),
    ),
    _landmark(
        "conor-angiotech-2008",
        "ukhl",
        case_name="Conor Medsystems Incorporated v Angiotech Pharmaceuticals Incorporated and "
        "others",
        case_short_name="Conor Medsystems v Angiotech",
        decision_date="2008-07-09",
        citations=["[2008] UKHL 49"],
        ip_types=["patent"],
        disposition="reversed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Conor Medsystems Incorporated", RESPONDENT),
            _org("Angiotech Pharmaceuticals Incorporated", APPELLANT),
            _org("University of British Columbia", APPELLANT),
        ],
        rights=[_ep("0 706 376")],
        summary="The patent claimed a stent coated with taxol for treating or preventing restenosis, "
        "and the lower courts had held it obvious. The House of Lords held that obviousness is "
        "judged against the invention as claimed, not against a supposed contribution read from the "
        "specification, and that, the invention being plausible, obviousness does not turn on how "
        "much evidence the patent gives that it works; it found the claim not obvious and restored "
        "the patent.",
        source_url=_bailii("UKHL", 2008, 49),
    ),
    _landmark(
        "loreal-bellure-2010",
        "ewca-civ",
        case_name="L'Oréal SA, Lancôme Parfums et Beauté & Cie and Laboratoire Garnier & Cie v "
        "Bellure NV, Malaika Investments Ltd (trading as Honeypot Cosmetic & Perfumery Sales) and "
        "Starion International Ltd",
        case_short_name="L'Oréal v Bellure",
        decision_date="2010-05-21",
        citations=["[2010] EWCA Civ 535"],
        docket_number="A3/2006/2258",
        ip_types=["trademark"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("L'Oréal SA", RESPONDENT),
            _org("Bellure NV", APPELLANT),
            _org("Malaika Investments Ltd", APPELLANT),
            _org("Starion International Ltd", APPELLANT),
        ],
        summary="The defendants sold cheap smell-alike perfumes with comparison lists naming the "
        "famous fragrances they imitated. Applying the Court of Justice's answers to its reference, "
        "the Court of Appeal held that using the marks in the comparison lists infringed, while "
        "making plain its disagreement with the ruling it was bound to follow.",
        source_url=_bailii("EWCA Civ", 2010, 535),
    ),
    _landmark(
        "lucasfilm-ainsworth-2011",
        "uksc",
        case_name="Lucasfilm Limited and others v Ainsworth and another",
        case_short_name="Lucasfilm v Ainsworth",
        decision_date="2011-07-27",
        citations=["[2011] UKSC 39"],
        ip_types=["copyright"],
        disposition="affirmed_in_part",
        rights_holder_outcome="mixed",
        parties=[
            _org("Lucasfilm Limited", APPELLANT),
            _person("Andrew Ainsworth", RESPONDENT),
        ],
        summary="The prop designer who made the original Imperial Stormtrooper helmets for Star Wars "
        "later sold replicas made from his moulds. The Supreme Court held that the helmets were not "
        "sculptures, so that making them did not infringe UK copyright, but that an English court may try a "
        "claim for infringement of United States copyright against a defendant domiciled in "
        "England.",
        source_url=_bailii("UKSC", 2011, 39),
    ),
    _landmark(
        "actavis-lilly-2017",
        "uksc",
        case_name="Actavis UK Limited and others v Eli Lilly and Company",
        case_short_name="Actavis v Eli Lilly",
        decision_date="2017-07-12",
        citations=["[2017] UKSC 48"],
        ip_types=["patent"],
        disposition="reversed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Actavis UK Limited", "claimant"),
            _org("Eli Lilly and Company", "defendant"),
        ],
        rights=[_ep("1 313 508")],
        summary="Lilly's patent claimed the use of pemetrexed disodium with vitamin B12 in cancer "
        "treatment, and Actavis planned products using other pemetrexed salts. The Supreme Court "
        "held that infringement asks both how the claim is interpreted and whether a variant "
        "infringes because it varies from the invention in an immaterial way, reformulating the "
        "Improver questions, and found that Actavis's products directly infringed in the United "
        "Kingdom, France, Italy and Spain.",
        source_url=_bailii("UKSC", 2017, 48),
    ),
    _landmark(
        "warner-lambert-2018",
        "uksc",
        case_name="Warner-Lambert Company LLC v Generics (UK) Ltd t/a Mylan and another",
        case_short_name="Warner-Lambert v Generics",
        decision_date="2018-11-14",
        citations=["[2018] UKSC 56"],
        docket_number="UKSC 2016/0197",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("Warner-Lambert Company LLC", APPELLANT),
            _org("Generics (UK) Ltd", RESPONDENT),
        ],
        rights=[_ep("0 934 061")],
        summary="Warner-Lambert's second medical use patent claimed pregabalin for treating pain, "
        "including neuropathic pain, while generic makers sold pregabalin under a skinny label for "
        "other uses. The Supreme Court held the neuropathic pain claims invalid for insufficiency "
        "because the specification did not make the claimed efficacy plausible, and held that the "
        "claims would not have been infringed in any event.",
        source_url=_bailii("UKSC", 2018, 56),
    ),
    _landmark(
        "unwired-planet-2020",
        "uksc",
        case_name="Unwired Planet International Ltd and another v Huawei Technologies (UK) Co Ltd "
        "and another",
        case_short_name="Unwired Planet v Huawei",
        decision_date="2020-08-26",
        citations=["[2020] UKSC 37"],
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="holder_won",
        parties=[
            _org("Unwired Planet International Ltd", RESPONDENT),
            _org("Huawei Technologies (UK) Co Ltd", APPELLANT),
            _org("Conversant Wireless Licensing SARL", RESPONDENT),
            _org("ZTE Corporation", APPELLANT),
        ],
        summary="The appeals concerned holders of patents essential to mobile telecommunications "
        "standards who had undertaken to license them on FRAND terms. The Supreme Court held that "
        "English courts may set the terms of a global FRAND licence and grant an injunction against "
        "an implementer who will not take it, that the non-discrimination limb is not hard-edged, "
        "and that seeking an injunction had not been an abuse of a dominant position.",
        source_url=_bailii("UKSC", 2020, 37),
    ),
    _landmark(
        "hozelock-2020",
        "ewca-civ",
        case_name="E. Mishan & Sons, Inc v Hozelock Limited, Blue Gentian LLC and Telebrands Corp",
        case_short_name="E Mishan & Sons v Hozelock",
        decision_date="2020-07-08",
        citations=["[2020] EWCA Civ 871"],
        docket_number="A3/2019/1506",
        ip_types=["patent"],
        disposition="affirmed",
        rights_holder_outcome="challenger_won",
        parties=[
            _org("E. Mishan & Sons, Inc", APPELLANT),
            _org("Hozelock Limited", RESPONDENT),
            _org("Blue Gentian LLC", RESPONDENT),
            _org("Telebrands Corp", RESPONDENT),
        ],
        rights=[
            {"kind": "utility_patent", "office": "GB", "number": "2 490 276"},
            _ep("2 657 585"),
        ],
        summary="The exclusive licensee of patents for an expandable garden hose appealed against "
        "their revocation for obviousness over a prior application describing expandable tubing "
        "in a very different field. The majority dismissed the appeal, finding no error of "
        "principle in the trial judge's assessment, while Floyd LJ dissented on the ground that "
        "hindsight had been used.",
        source_url=_bailii("EWCA Civ", 2020, 871),
    ),
    _landmark(
        "skykick-2024",
        "uksc",
        case_name="SkyKick UK Ltd and another v Sky Ltd and others",
        case_short_name="SkyKick v Sky",
        decision_date="2024-11-13",
        citations=["[2024] UKSC 36"],
        ip_types=["trademark"],
        disposition="affirmed_in_part",
        rights_holder_outcome="mixed",
        parties=[
            _org("SkyKick UK Ltd", APPELLANT),
            _org("Sky Ltd", RESPONDENT),
        ],
        summary="Sky sued SkyKick over its email migration and cloud backup services, relying on SKY "
        "registrations with very broad specifications. The Supreme Court restored the trial "
        "judge's finding that the marks had been applied for partly in bad faith, without any "
        "intention to use them across their breadth, so that they were partly invalid; on the "
        "narrowed specifications, infringement was upheld for the cloud backup service but not "
        "established for the migration service.",
        source_url=_bailii("UKSC", 2024, 36),
    ),
]


def _cjeu(case_number: str, ecli: str, **fields) -> dict:
    """A preliminary ruling: the case number is the docket, the ECLI the citation."""
    return _landmark(
        court="cjeu",
        docket_number=case_number,
        citations=[ecli],
        disposition="answered",
        rights_holder_outcome="other",
        source_url=_curia(case_number.split(" ")[0]),
        **fields,
    )


COURT_OF_JUSTICE_EU = [
    _cjeu(
        "C-206/01",
        "ECLI:EU:C:2002:651",
        source_id="arsenal-reed-2002",
        case_name="Arsenal Football Club plc v Matthew Reed",
        case_short_name="Arsenal v Reed",
        decision_date="2002-11-12",
        ip_types=["trademark"],
        parties=[
            _org("Arsenal Football Club plc", OTHER),
            _person("Matthew Reed", OTHER),
        ],
        summary="A trader sold unofficial scarves and souvenirs bearing Arsenal's registered marks "
        "outside the club's ground. The Court held that the proprietor may prevent use of an "
        "identical sign for identical goods where it is liable to jeopardise the guarantee of "
        "origin, even if the public sees the sign as a badge of support or loyalty to the club.",
    ),
    _cjeu(
        "C-252/07",
        "ECLI:EU:C:2008:655",
        source_id="intel-cpm-2008",
        case_name="Intel Corporation Inc. v CPM United Kingdom Ltd",
        case_short_name="Intel v CPM",
        decision_date="2008-11-27",
        ip_types=["trademark"],
        parties=[
            _org("Intel Corporation Inc.", OTHER),
            _org("CPM United Kingdom Ltd", OTHER),
        ],
        summary="Intel sought to invalidate the later mark INTELMARK, registered for marketing "
        "services, relying on the reputation of its INTEL mark. The Court held that protection of a "
        "mark with a reputation requires the public to make a link between the marks, and that "
        "detriment to distinctive character requires evidence of a change, or a serious likelihood "
        "of a change, in the economic behaviour of the average consumer of the earlier mark's goods "
        "or services.",
    ),
    _cjeu(
        "C-487/07",
        "ECLI:EU:C:2009:378",
        source_id="loreal-bellure-cjeu-2009",
        case_name="L'Oréal SA, Lancôme parfums et beauté & Cie SNC and Laboratoire Garnier & Cie v "
        "Bellure NV, Malaika Investments Ltd and Starion International Ltd",
        case_short_name="L'Oréal v Bellure (CJEU)",
        decision_date="2009-06-18",
        ip_types=["trademark"],
        parties=[
            _org("L'Oréal SA", OTHER),
            _org("Bellure NV", OTHER),
        ],
        summary="The reference arose from smell-alike perfumes sold with packaging and comparison "
        "lists that evoked famous fragrances. The Court held that taking unfair advantage of a "
        "reputed mark requires neither confusion nor detriment to the mark, and that comparative "
        "advertising presenting goods as imitations or replicas of goods bearing a protected mark is "
        "not permitted, so the proprietor may prevent such use of its mark.",
    ),
    _cjeu(
        "C-5/08",
        "ECLI:EU:C:2009:465",
        source_id="infopaq-2009",
        case_name="Infopaq International A/S v Danske Dagblades Forening",
        case_short_name="Infopaq",
        decision_date="2009-07-16",
        ip_types=["copyright"],
        parties=[
            _org("Infopaq International A/S", OTHER),
            _org("Danske Dagblades Forening", OTHER),
        ],
        summary="A media-monitoring business scanned newspaper articles and stored and printed "
        "extracts of eleven words around search terms. The Court held that copyright protects works "
        "that are their author's own intellectual creation, that storing and printing such an "
        "extract may be a reproduction in part if it expresses that creation, and that the "
        "exception for temporary copies did not cover the printing of the extracts.",
    ),
    _cjeu(
        "C-236/08 to C-238/08",
        "ECLI:EU:C:2010:159",
        source_id="google-france-2010",
        case_name="Google France SARL and Google Inc. v Louis Vuitton Malletier SA and Others",
        case_short_name="Google France v Louis Vuitton",
        decision_date="2010-03-23",
        ip_types=["trademark"],
        parties=[
            _org("Google France SARL", OTHER),
            _org("Google Inc.", OTHER),
            _org("Louis Vuitton Malletier SA", OTHER),
        ],
        summary="The references concerned advertisers buying other people's trade marks as keywords "
        "in Google's AdWords service. The Court held that the search engine operator does not itself "
        "use the marks, but that an advertiser does and may be stopped where its advertisement does "
        "not let average internet users tell, or tell only with difficulty, whether the goods come "
        "from the proprietor, and that a neutral referencing service may benefit from the hosting "
        "exemption.",
    ),
    _cjeu(
        "C-324/09",
        "ECLI:EU:C:2011:474",
        source_id="loreal-ebay-2011",
        case_name="L'Oréal SA and Others v eBay International AG and Others",
        case_short_name="L'Oréal v eBay",
        decision_date="2011-07-12",
        ip_types=["trademark"],
        parties=[
            _org("L'Oréal SA", OTHER),
            _org("eBay International AG", OTHER),
        ],
        summary="L'Oréal complained of sales of counterfeit, unboxed and non-EU goods bearing its "
        "marks on eBay and of eBay's purchase of its marks as keywords. The Court held that an online "
        "marketplace operator loses the hosting exemption if it plays an active role in the offers "
        "or, being aware of facts showing that they are unlawful, fails to act promptly, and that "
        "national courts must be able to order operators to take measures to end and prevent "
        "infringements.",
    ),
    _cjeu(
        "C-323/09",
        "ECLI:EU:C:2011:604",
        source_id="interflora-2011",
        case_name="Interflora Inc. and Interflora British Unit v Marks & Spencer plc and Flowers "
        "Direct Online Ltd",
        case_short_name="Interflora v Marks & Spencer",
        decision_date="2011-09-22",
        ip_types=["trademark"],
        parties=[
            _org("Interflora Inc.", OTHER),
            _org("Marks & Spencer plc", OTHER),
        ],
        summary="Marks & Spencer bought INTERFLORA and variants as search keywords to advertise its "
        "own flower delivery service. The Court held that the proprietor may prevent such use where "
        "it adversely affects the mark's function of indicating origin or substantially interferes "
        "with its investment function, but that advertising which offers an alternative to the "
        "goods of a reputed mark, without dilution, tarnishment or imitation, is in principle fair "
        "competition.",
    ),
    _cjeu(
        "C-406/10",
        "ECLI:EU:C:2012:259",
        source_id="sas-wpl-2012",
        case_name="SAS Institute Inc. v World Programming Ltd",
        case_short_name="SAS Institute v World Programming",
        decision_date="2012-05-02",
        ip_types=["copyright"],
        parties=[
            _org("SAS Institute Inc.", OTHER),
            _org("World Programming Ltd", OTHER),
        ],
        summary="World Programming wrote software that emulated the SAS system so that users could "
        "run their existing SAS scripts, without access to the SAS source code. The Court held that "
        "the functionality of a computer program, its programming language and the format of its "
        "data files are not protected as a computer program, and that a licensee may observe, study "
        "and test a program to determine the ideas underlying it.",
    ),
    _cjeu(
        "C-128/11",
        "ECLI:EU:C:2012:407",
        source_id="usedsoft-oracle-2012",
        case_name="UsedSoft GmbH v Oracle International Corp.",
        case_short_name="UsedSoft v Oracle",
        decision_date="2012-07-03",
        ip_types=["copyright"],
        parties=[
            _org("UsedSoft GmbH", OTHER),
            _org("Oracle International Corp.", OTHER),
        ],
        summary="UsedSoft traded in second-hand licences for Oracle software that customers had "
        "downloaded from Oracle's website. The Court held that the distribution right in a copy of a "
        "program is exhausted when the right holder authorises its download and grants a right to "
        "use it for an unlimited period in return for a fee, so that a later acquirer may rely on "
        "that exhaustion.",
    ),
    _cjeu(
        "C-466/12",
        "ECLI:EU:C:2014:76",
        source_id="svensson-2014",
        case_name="Nils Svensson and Others v Retriever Sverige AB",
        case_short_name="Svensson",
        decision_date="2014-02-13",
        ip_types=["copyright"],
        parties=[
            _person("Nils Svensson", OTHER),
            _org("Retriever Sverige AB", OTHER),
        ],
        summary="Journalists objected to a news service that gave clickable links to their articles "
        "freely available on a newspaper's website. The Court held that providing such links is an "
        "act of communication but not to a new public, so it needs no authorisation from the "
        "copyright holders when the works are freely accessible on the other site.",
    ),
    _cjeu(
        "C-170/13",
        "ECLI:EU:C:2015:477",
        source_id="huawei-zte-2015",
        case_name="Huawei Technologies Co. Ltd v ZTE Corp. and ZTE Deutschland GmbH",
        case_short_name="Huawei v ZTE",
        decision_date="2015-07-16",
        ip_types=["patent"],
        parties=[
            _org("Huawei Technologies Co. Ltd", OTHER),
            _org("ZTE Corp.", OTHER),
            _org("ZTE Deutschland GmbH", OTHER),
        ],
        summary="Huawei sought an injunction against ZTE for infringement of a patent it had declared "
        "essential to a telecommunications standard and undertaken to license on FRAND terms. The "
        "Court held that such a holder does not abuse a dominant position by suing for an "
        "injunction if it first alerts the alleged infringer and makes a specific written FRAND "
        "offer, and the infringer does not respond diligently and in good faith, for instance with "
        "a prompt counter-offer.",
    ),
    _cjeu(
        "C-160/15",
        "ECLI:EU:C:2016:644",
        source_id="gs-media-2016",
        case_name="GS Media BV v Sanoma Media Netherlands BV and Others",
        case_short_name="GS Media v Sanoma",
        decision_date="2016-09-08",
        ip_types=["copyright"],
        parties=[
            _org("GS Media BV", OTHER),
            _org("Sanoma Media Netherlands BV", OTHER),
        ],
        summary="A website posted links to photographs that had been put online without the "
        "copyright holder's consent. The Court held that whether posting such links is a "
        "communication to the public depends on whether the poster knew or ought to have known that "
        "the works were published unlawfully, and that such knowledge is presumed where the links "
        "are posted for profit.",
    ),
    _cjeu(
        "C-683/17",
        "ECLI:EU:C:2019:721",
        source_id="cofemel-2019",
        case_name="Cofemel - Sociedade de Vestuário SA v G-Star Raw CV",
        case_short_name="Cofemel v G-Star Raw",
        decision_date="2019-09-12",
        ip_types=["copyright", "design"],
        parties=[
            _org("Cofemel - Sociedade de Vestuário SA", OTHER),
            _org("G-Star Raw CV", OTHER),
        ],
        summary="G-Star claimed copyright in the designs of its jeans and sweatshirts against a "
        "Portuguese clothing maker. The Court held that designs are protected by copyright if they "
        "are original works, their author's own intellectual creation, and that national law may "
        "not make protection depend on an additional aesthetic or artistic effect.",
    ),
    _cjeu(
        "C-371/18",
        "ECLI:EU:C:2020:45",
        source_id="sky-skykick-cjeu-2020",
        case_name="Sky plc, Sky International AG and Sky UK Ltd v SkyKick UK Ltd and SkyKick Inc.",
        case_short_name="Sky v SkyKick (CJEU)",
        decision_date="2020-01-29",
        ip_types=["trademark"],
        parties=[
            _org("Sky plc", OTHER),
            _org("SkyKick UK Ltd", OTHER),
        ],
        summary="The High Court asked whether broad trade mark specifications such as computer "
        "software could be attacked for lack of clarity or for bad faith. The Court held that a mark "
        "cannot be declared invalid because terms in its specification lack clarity and precision, "
        "but that applying without any intention to use it may be bad faith where the applicant "
        "aimed to undermine third parties' interests or obtain an exclusive right for purposes other "
        "than those of a trade mark, and that bad faith may affect only some of the goods or services.",
    ),
    _cjeu(
        "C-833/18",
        "ECLI:EU:C:2020:461",
        source_id="brompton-2020",
        case_name="SI and Brompton Bicycle Ltd v Chedech / Get2Get",
        case_short_name="Brompton Bicycle v Get2Get",
        decision_date="2020-06-11",
        ip_types=["copyright"],
        parties=[
            _org("Brompton Bicycle Ltd", OTHER),
            _org("Get2Get", OTHER),
        ],
        summary="Brompton claimed copyright in the shape of its folding bicycle against a lookalike. "
        "The Court held that a product whose shape is at least partly necessary to obtain a "
        "technical result may be protected by copyright if it is original, in that its author "
        "expressed free and creative choices through that shape, which is for the national court to "
        "determine.",
    ),
]

LANDMARKS: list[dict] = [
    *SUPREME_COURT_US,
    *FEDERAL_CIRCUIT,
    *REGIONAL_CIRCUITS,
    *UNITED_KINGDOM,
    *COURT_OF_JUSTICE_EU,
]
