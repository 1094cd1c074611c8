"""Word lists the generator draws from: names, legal and technical vocabulary, statutes and the
landmark rulings that synthetic opinions cite. Data only; the lists are split from strings to
keep them compact. All names of parties and judges are invented."""

COMPANY_ROOTS = """Apex Bolt Cobalt Crestline Delta Ember Falcon Granite Harbor Ionic Juniper
Keystone Lumen Meridian Nimbus Orchid Pinnacle Quarry Radiant Summit Tidewater Umbra Vertex
Willow Xenon Yardley Zephyr Acorn Beacon Cascade Dynamo Everest Fulcrum Gemstone Helix Indigo
Jetstream Kinetic Lattice Monarch Northstar Onyx Paragon Quantum Redwood Sapphire Tundra
Ultraviolet Vanguard Westbrook Alder Bramble Cinder Driftwood Echelon Foxglove Glacier Halcyon
Ironwood Jasper Kestrel Larkspur Mosaic Nautilus Obsidian Pelican Quill Ridgeline Sterling
Trellis Upland Velvet Wavecrest Amberly Birchwood Copperfield Dovetail Elmstead Fairhaven
Greystone Hollowell Inkwell Juno Kingsbridge Lodestar Mariner Newhaven Oakridge Prism Quayside
Rosewood Silverline Thornbury Unity Valiant Windmere Arclight Bluewater Coastal Daybreak Emberly
Firefly Goldcrest Highmark Ironclad Jadeite Keel Lighthouse Maplewood Nightingale Outrider
Pathfinder Rainier Solstice Tanager Verity Wildrose Zenith Aurora Blackstone Corvus Diamondback
Evergreen Frontier Gallant Horizon Island Javelin Kodiak Landmark Magnolia Nova Olympus Polaris
Regent Sentinel Trident Voyager Whitfield Yellowstone Ambrose Bellwether Calloway Dunmore
Eastgate Fennimore Galloway Hartwell Ingram Jessup Kimball Lockhart Merriweather Norcross""".split()

COMPANY_WORDS = """Technologies Systems Dynamics Labs Pharmaceuticals Therapeutics Networks Devices
Medical Semiconductor Wireless Software Brands Foods Apparel Outdoor Media Entertainment
Publishing Records Games Robotics Energy Solar Materials Chemicals Biosciences Instruments
Optics Telecom Automotive Aerospace Interactive Digital Licensing Innovations Holdings Designs
Cosmetics Beverages Furniture Tools Sports Audio Imaging Diagnostics Genomics Analytics Cloud
Security Payments Logistics Textiles Footwear Jewelry Toys Studios Pictures Music Farms""".split()

COMPANY_SUFFIXES_US = ["Inc.", "Inc.", "Inc.", "Corp.", "LLC", "LLC", "Co.", "L.P.", "Ltd."]
COMPANY_SUFFIXES_UK = ["Ltd", "Ltd", "Limited", "plc", "LLP", "Ltd"]
COMPANY_SUFFIXES_EU = ["GmbH", "SA", "S.p.A.", "BV", "AB", "SAS", "AG", "S.L.", "Oy", "NV"]

FIRST_NAMES = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William
Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony
Betty Mark Sandra Donald Ashley Steven Emily Paul Donna Andrew Michelle Joshua Carol Kenneth
Amanda Kevin Melissa Brian Deborah George Stephanie Timothy Rebecca Ronald Laura Edward Helen
Jason Sharon Jeffrey Cynthia Ryan Kathleen Jacob Amy Gary Angela Nicholas Shirley Eric Anna
Jonathan Ruth Stephen Brenda Larry Pamela Justin Nicole Scott Katherine Brandon Samantha Oliver
Amelia Harry Isla Jack Ava Noah Mia Leo Freya Arthur Florence Oscar Ivy Lucas Sofia Mateo Elena
Luca Giulia Lars Ingrid Pierre Camille Hans Greta Jan Sanne Piotr Marta Nikos Eleni""".split()

LAST_NAMES = """Abernathy Ashdown Bancroft Beckwith Blackwood Brightman Calloway Carrington Castell
Chadwick Colfax Cranford Dalrymple Delacroix Donovan Eastwood Ellsworth Fairbanks Farrow Fenwick
Galbraith Garrick Goodwin Grantham Haldane Harrowgate Hawthorne Hendry Holloway Huxley Ingleby
Jarrow Jennings Kavanagh Kendrick Kingsley Lancaster Langford Lockwood Lyndon Maitland Marlowe
Merrick Montague Norbury Northcott Oakes Ormsby Pemberton Penrose Prescott Quinlan Radcliffe
Ramsey Redfern Rowntree Sandford Selwyn Sheridan Shipley Somerville Stanhope Tennant Thackeray
Thornton Treadwell Underhill Vance Wainwright Waverley Westcott Whitmore Wickham Winslow Yardley
Yorke Zeller Alcott Barlow Brennan Cartwright Dempsey Everett Fitzroy Gallagher Hadley Irvine
Keating Lindqvist Moreau Novak Okafor Petrov Rossi Schneider Tanaka Urquhart Vasquez
Weber""".split()

# Invented surnames for judges and board members: synthetic rulings are never attributed to
# real people.
JUDGE_NAMES = """Alden Barrow Corwin Dallow Ellery Fenmore Garland Hollis Iverson Jarvis Kellam
Lorimer Mabry Nettleton Orwell Pryor Quennell Rawlins Stowe Tolliver Upshaw Varney Whitcombe
Yeager Ashby Bexley Crane Drury Elkin Forsythe Gresham Harlow Ibbotson Jeffers Kersey Lassiter
Mercer Nolan Osgood Pruitt Redmond Sayer Thorne Vickers Wardell Ambler Bristow Coombe Danvers
Esmond Fairley Grover Hebden Inskip Jolliffe Keble Lyle Morland Neave Orme Pickering""".split()

# Technology areas of patents, each with its own nouns; the words are what keeps the vocabulary
# of patent rulings wide and Zipf-like.
TECH_AREAS: dict[str, str] = {
    "wireless": """base station handset antenna uplink downlink carrier subcarrier beamforming
        handover baseband transceiver modulation codebook pilot signal resource block
        scheduling grant channel estimate retransmission acknowledgment bandwidth part
        frequency band spectrum mask access point beacon frame preamble""",
    "software": """server client database query index cache thread process interface module
        session token credential request response payload packet router hyperlink webpage
        browser plug-in application programming interface data structure hash table
        metadata repository virtual machine container scheduler compiler""",
    "semiconductor": """substrate wafer gate electrode dielectric layer transistor
        channel region source region drain region photoresist etch mask trench capacitor
        interconnect via barrier layer dopant implant epitaxial layer memory cell bit line
        word line sense amplifier charge pump oxide film""",
    "pharma": """compound formulation dosage tablet capsule excipient active ingredient
        pharmaceutical composition polymorph crystalline form salt form enantiomer
        bioavailability plasma concentration half-life dosing regimen placebo clinical trial
        endpoint biomarker antibody epitope receptor agonist antagonist""",
    "medical": """catheter stent guidewire balloon implant sheath cannula electrode lead
        sensor pump valve prosthesis suture anchor trocar endoscope shaft handle actuator
        housing lumen distal end proximal end tissue blood vessel""",
    "mechanical": """housing bracket fastener spring hinge lever shaft bearing gear sprocket
        cam follower piston cylinder nozzle valve seat flange gasket coupling sleeve collar
        latch detent ratchet pawl axle frame panel""",
    "consumer": """display screen touch sensor battery charger earbud speaker microphone
        camera module lens keypad wristband strap enclosure button indicator light vibration
        motor wireless charging coil user profile notification""",
    "energy": """solar cell photovoltaic module inverter turbine blade rotor generator
        converter grid battery cell electrolyte anode cathode separator fuel cell heat
        exchanger compressor combustion chamber exhaust catalyst""",
}

TECH_PREFIXES = """thermo electro hydro photo bio micro nano opto magneto piezo poly chemo
    radio spectro cryo aero geo neuro cardio immuno hetero homo iso meso multi ortho para
    pyro sono tribo ultra""".split()
TECH_STEMS = """static conductive lytic chromic mechanical plastic graphic metric scopic
    phoretic kinetic thermal resistive genic synthetic catalytic dynamic sensitive
    luminescent active polar morphic tropic philic phobic sonic valent meric cyclic
    crystalline""".split()

ADJECTIVES = """reasonable ordinary plain relevant material substantial sufficient adequate
    specific particular general express implied alleged asserted accused disputed undisputed
    genuine prior subsequent independent dependent preferred exemplary conventional routine
    abstract concrete inventive obvious novel anticipatory functional aesthetic distinctive
    descriptive generic suggestive arbitrary fanciful famous similar identical confusing
    commercial competitive economic technical scientific clinical experimental statistical
    contractual equitable statutory constitutional procedural substantive evidentiary
    expert lay credible persuasive conclusory speculative unsupported cumulative
    inconsistent consistent contemporaneous extrinsic intrinsic literal equivalent
    willful deliberate knowing inadvertent innocent exceptional ordinary customary
    proper improper timely untimely harmless prejudicial clear convincing erroneous
    legal factual mixed underlying ultimate threshold narrow broad limiting
    open closed partial complete final interlocutory preliminary permanent
    irreparable monetary compensatory enhanced punitive nominal statutory reasonable
    foreign domestic national regional international""".split()

LEGAL_NOUNS = """court party plaintiff defendant motion record evidence testimony witness
    expert report declaration deposition exhibit argument position contention theory
    standard burden presumption inference conclusion finding holding judgment order ruling
    opinion appeal remand decision discretion error prejudice question issue matter
    dispute claim defence defense counterclaim allegation complaint pleading answer brief
    reply hearing trial jury verdict instruction damages royalty license agreement contract
    term provision clause covenant breach remedy injunction relief harm balance hardship
    interest public factor element requirement limitation doctrine principle rule statute
    regulation section article paragraph provision legislature precedent authority
    jurisdiction venue forum district circuit board tribunal panel registrar examiner
    application registration specification prosecution history file wrapper reference
    combination motivation teaching suggestion disclosure embodiment figure drawing
    product device method system apparatus process composition use sale offer importation
    market consumer purchaser competitor customer channel trade goods services sign mark
    logo label packaging advertising website domain name keyword search engine
    work author owner copy reproduction distribution performance display adaptation
    software code program module interface structure sequence organization expression
    idea fact compilation database selection arrangement originality creativity
    information employee employer confidentiality measure value""".split()

VERBS = """contends argues asserts maintains submits alleges disputes concedes acknowledges
    recognizes notes observes explains emphasizes suggests indicates establishes shows
    demonstrates supports undermines contradicts confirms reflects requires permits
    precludes forecloses compels warrants justifies""".split()

# Less common words, drawn with Zipf weights into a few general templates: the long tail of
# the vocabulary that makes rare search terms rare.
RARE = """arguendo sua sponte inter alia mutatis mutandis ipso facto prima facie res judicata
    estoppel laches acquiescence waiver forfeiture desuetude abeyance adjournment adjudication
    ancillary apposite attenuated bifurcation cognizable collateral colorable concomitant
    conjunctive consanguinity construable contumacious countervailing culpable declaratory
    deference delineation demurrer derogation desideratum dispositive dicta dictum
    disjunctive egregious elucidation encumbrance enumerated equipoise estimative exegesis
    exculpatory exigency expiry extraterritorial fungible gravamen hortatory hypothetical
    immaterial impecunious imprimatur inchoate incontrovertible indemnity indicia ineluctable
    inimical innominate interstitial intractable ipse dixit juxtaposition lacuna lex loci
    manifest mandamus mischaracterization misapprehension misnomer mootness nexus nugatory
    obiter onerous ostensible otiose palpable paramount parol peremptory perfunctory
    periphrastic pertinacious plenary preemption prescient presumptive pretextual probative
    prolix promissory propinquity proviso punctilious quantum quasi quiddity recusal
    redressable remittitur repugnant rescission residual restitution retrospective
    salient sanguine scienter semantic sequestration severable solicitous specious stare
    decisis subrogation subsumed sui generis supersedeas surplusage tautological tenable
    tertiary tortious ultra vires unconscionable unequivocal unmeritorious untenable vacatur
    vel venire verbatim vexatious vicarious vitiate voir dire wholesale abstruse accretion
    adumbrate amorphous anodyne antecedent apocryphal appurtenant ascertainable asymmetric
    axiomatic bellwether cabined capacious circumscribed cogent commensurate congruent
    contiguous conterminous cumulatively desultory diffident discursive disparate
    efficacious elliptical emblematic endemic enervated ephemeral equivocal esoteric
    exiguous extant facile felicitous fortuitous germane heuristic idiosyncratic immutable
    impliedly incipient incongruous indeterminate inexorable infelicitous inordinate
    insuperable inveterate iterative latent limitless ministerial monolithic multifarious
    nebulous nominally normative oblique omnibus orthogonal overbroad paradigmatic
    particularized pellucid penumbra perfunctorily pervasive piecemeal plausibly polysemous
    portmanteau prophylactic protean quotidian recondite redolent reticulated sedulous
    serendipitous skeletal stochastic sublimated substratum synergistic talismanic
    teleological tendentious threadbare transitory unadorned unalloyed unbridled
    undifferentiated unvarnished variegated verisimilitude""".split()
