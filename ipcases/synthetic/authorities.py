"""The real authorities synthetic opinions cite: landmark rulings by their official citation and
the statutory provisions, grouped by IP type and legal system ("us", "uk", "eu")."""

# (ip type, legal system) -> landmark citations as a court would print them.
LANDMARKS: dict[tuple[str, str], list[str]] = {
    ("patent", "us"): [
        "Phillips v. AWH Corp., 415 F.3d 1303 (Fed. Cir. 2005) (en banc)",
        "KSR Int'l Co. v. Teleflex Inc., 550 U.S. 398 (2007)",
        "eBay Inc. v. MercExchange, L.L.C., 547 U.S. 388 (2006)",
        "Alice Corp. v. CLS Bank Int'l, 573 U.S. 208 (2014)",
        "Markman v. Westview Instruments, Inc., 517 U.S. 370 (1996)",
        "Nautilus, Inc. v. Biosig Instruments, Inc., 572 U.S. 898 (2014)",
        "Mayo Collaborative Servs. v. Prometheus Labs., Inc., 566 U.S. 66 (2012)",
        "Halo Elecs., Inc. v. Pulse Elecs., Inc., 579 U.S. 93 (2016)",
        "Octane Fitness, LLC v. ICON Health & Fitness, Inc., 572 U.S. 545 (2014)",
        "Festo Corp. v. Shoketsu Kinzoku Kogyo Kabushiki Co., 535 U.S. 722 (2002)",
        "Warner-Jenkinson Co. v. Hilton Davis Chem. Co., 520 U.S. 17 (1997)",
        "Graham v. John Deere Co., 383 U.S. 1 (1966)",
        "Vitronics Corp. v. Conceptronic, Inc., 90 F.3d 1576 (Fed. Cir. 1996)",
        "Lucent Techs., Inc. v. Gateway, Inc., 580 F.3d 1301 (Fed. Cir. 2009)",
        "Georgia-Pacific Corp. v. U.S. Plywood Corp., 318 F. Supp. 1116 (S.D.N.Y. 1970)",
        "TC Heartland LLC v. Kraft Foods Grp. Brands LLC, 581 U.S. 258 (2017)",
        "Global-Tech Appliances, Inc. v. SEB S.A., 563 U.S. 754 (2011)",
        "Williamson v. Citrix Online, LLC, 792 F.3d 1339 (Fed. Cir. 2015)",
        "Enfish, LLC v. Microsoft Corp., 822 F.3d 1327 (Fed. Cir. 2016)",
        "Therasense, Inc. v. Becton, Dickinson & Co., 649 F.3d 1276 (Fed. Cir. 2011)",
        "Teva Pharms. USA, Inc. v. Sandoz, Inc., 574 U.S. 318 (2015)",
        "Amgen Inc. v. Sanofi, 598 U.S. 594 (2023)",
        "Bilski v. Kappos, 561 U.S. 593 (2010)",
        "Cuozzo Speed Techs., LLC v. Lee, 579 U.S. 261 (2016)",
    ],
    ("patent", "uk"): [
        "Actavis UK Ltd v Eli Lilly & Co [2017] UKSC 48",
        "Kirin-Amgen Inc v Hoechst Marion Roussel Ltd [2004] UKHL 46",
        "Pozzoli SpA v BDMO SA [2007] EWCA Civ 588",
        "Unwired Planet International Ltd v Huawei Technologies Co Ltd [2020] UKSC 37",
        "Generics (UK) Ltd v Warner-Lambert Co LLC [2018] UKSC 56",
        "Aerotel Ltd v Telco Holdings Ltd [2006] EWCA Civ 1371",
        "Conor Medsystems Inc v Angiotech Pharmaceuticals Inc [2008] UKHL 49",
        "Catnic Components Ltd v Hill & Smith Ltd [1982] RPC 183",
        "Windsurfing International Inc v Tabur Marine (Great Britain) Ltd [1985] RPC 59",
    ],
    ("trademark", "us"): [
        "Polaroid Corp. v. Polarad Elecs. Corp., 287 F.2d 492 (2d Cir. 1961)",
        "AMF Inc. v. Sleekcraft Boats, 599 F.2d 341 (9th Cir. 1979)",
        "In re E. I. du Pont de Nemours & Co., 476 F.2d 1357 (C.C.P.A. 1973)",
        "Two Pesos, Inc. v. Taco Cabana, Inc., 505 U.S. 763 (1992)",
        "Qualitex Co. v. Jacobson Prods. Co., 514 U.S. 159 (1995)",
        "Wal-Mart Stores, Inc. v. Samara Bros., 529 U.S. 205 (2000)",
        "Matal v. Tam, 582 U.S. 218 (2017)",
        "Jack Daniel's Props., Inc. v. VIP Prods. LLC, 599 U.S. 140 (2023)",
        "Romag Fasteners, Inc. v. Fossil, Inc., 590 U.S. 212 (2020)",
        "B&B Hardware, Inc. v. Hargis Indus., Inc., 575 U.S. 138 (2015)",
        "Lexmark Int'l, Inc. v. Static Control Components, Inc., 572 U.S. 118 (2014)",
        "Rogers v. Grimaldi, 875 F.2d 994 (2d Cir. 1989)",
        "USPTO v. Booking.com B.V., 591 U.S. 549 (2020)",
    ],
    ("trademark", "eu"): [
        "SABEL BV v Puma AG, C-251/95, ECLI:EU:C:1997:528",
        "Canon Kabushiki Kaisha v Metro-Goldwyn-Mayer Inc, C-39/97, ECLI:EU:C:1998:442",
        "Lloyd Schuhfabrik Meyer & Co. GmbH v Klijsen Handel BV, C-342/97, ECLI:EU:C:1999:323",
        "L'Oréal SA v Bellure NV, C-487/07, ECLI:EU:C:2009:378",
        "Interflora Inc v Marks & Spencer plc, C-323/09, ECLI:EU:C:2011:604",
        "Google France SARL v Louis Vuitton Malletier SA, C-236/08, ECLI:EU:C:2010:159",
        "Intel Corp Inc v CPM United Kingdom Ltd, C-252/07, ECLI:EU:C:2008:655",
    ],
    ("trademark", "uk"): [
        "Specsavers International Healthcare Ltd v Asda Stores Ltd [2012] EWCA Civ 24",
        "SkyKick UK Ltd v Sky Ltd [2024] UKSC 36",
        "SABEL BV v Puma AG, C-251/95, ECLI:EU:C:1997:528",
        "L'Oréal SA v Bellure NV, C-487/07, ECLI:EU:C:2009:378",
        "Interflora Inc v Marks & Spencer plc, C-323/09, ECLI:EU:C:2011:604",
    ],
    ("copyright", "us"): [
        "Feist Publications, Inc. v. Rural Telephone Service Co., 499 U.S. 340 (1991)",
        "Campbell v. Acuff-Rose Music, Inc., 510 U.S. 569 (1994)",
        "Google LLC v. Oracle America, Inc., 593 U.S. 1 (2021)",
        "Andy Warhol Found. for the Visual Arts, Inc. v. Goldsmith, 598 U.S. 508 (2023)",
        "Sony Corp. of America v. Universal City Studios, Inc., 464 U.S. 417 (1984)",
        "Metro-Goldwyn-Mayer Studios Inc. v. Grokster, Ltd., 545 U.S. 913 (2005)",
        "Harper & Row, Publishers, Inc. v. Nation Enterprises, 471 U.S. 539 (1985)",
        "Lotus Dev. Corp. v. Borland Int'l, Inc., 49 F.3d 807 (1st Cir. 1995)",
        "Computer Assocs. Int'l, Inc. v. Altai, Inc., 982 F.2d 693 (2d Cir. 1992)",
        "Star Athletica, L.L.C. v. Varsity Brands, Inc., 580 U.S. 405 (2017)",
        "Kirtsaeng v. John Wiley & Sons, Inc., 568 U.S. 519 (2013)",
    ],
    ("copyright", "uk"): [
        "Designers Guild Ltd v Russell Williams (Textiles) Ltd [2000] UKHL 58",
        "Infopaq International A/S v Danske Dagblades Forening, C-5/08, ECLI:EU:C:2009:465",
    ],
    ("copyright", "eu"): [
        "Infopaq International A/S v Danske Dagblades Forening, C-5/08, ECLI:EU:C:2009:465",
    ],
    ("design", "us"): [
        "Egyptian Goddess, Inc. v. Swisa, Inc., 543 F.3d 665 (Fed. Cir. 2008) (en banc)",
        "Samsung Elecs. Co. v. Apple Inc., 580 U.S. 53 (2016)",
    ],
    ("design", "eu"): [
        "PepsiCo Inc v Grupo Promer Mon Graphic SA, C-281/10 P, ECLI:EU:C:2011:679",
    ],
    ("design", "uk"): [
        "Samsung Electronics (UK) Ltd v Apple Inc [2012] EWCA Civ 1339",
        "PMS International Group plc v Magmatic Ltd [2016] UKSC 12",
        "PepsiCo Inc v Grupo Promer Mon Graphic SA, C-281/10 P, ECLI:EU:C:2011:679",
    ],
    ("trade_secret", "us"): [
        "Kewanee Oil Co. v. Bicron Corp., 416 U.S. 470 (1974)",
        "Ruckelshaus v. Monsanto Co., 467 U.S. 986 (1984)",
        "E. I. duPont deNemours & Co. v. Christopher, 431 F.2d 1012 (5th Cir. 1970)",
    ],
    ("trade_secret", "uk"): [
        "Coco v A N Clark (Engineers) Ltd [1969] RPC 41",
        "Faccenda Chicken Ltd v Fowler [1987] Ch 117",
    ],
}

STATUTES: dict[tuple[str, str], list[str]] = {
    ("patent", "us"): [
        "35 U.S.C. § 271(a)",
        "35 U.S.C. § 271(b)",
        "35 U.S.C. § 271(c)",
        "35 U.S.C. § 101",
        "35 U.S.C. § 102",
        "35 U.S.C. § 103",
        "35 U.S.C. § 112(a)",
        "35 U.S.C. § 112(b)",
        "35 U.S.C. § 283",
        "35 U.S.C. § 284",
        "35 U.S.C. § 285",
        "35 U.S.C. § 311(b)",
        "35 U.S.C. § 316(e)",
    ],
    ("patent", "uk"): [
        "Patents Act 1977 s. 60",
        "Patents Act 1977 s. 60(1)(a)",
        "Patents Act 1977 s. 3",
        "Patents Act 1977 s. 14(3)",
        "Patents Act 1977 s. 72(1)",
        "Patents Act 1977 s. 125",
        "Article 69 EPC",
    ],
    ("patent", "eu"): ["Article 54 EPC", "Article 56 EPC", "Article 83 EPC", "Article 123(2) EPC"],
    ("trademark", "us"): [
        "15 U.S.C. § 1114",
        "15 U.S.C. § 1114(1)",
        "15 U.S.C. § 1125(a)",
        "15 U.S.C. § 1125(c)",
        "15 U.S.C. § 1052(d)",
        "15 U.S.C. § 1052(e)(1)",
        "15 U.S.C. § 1064",
        "15 U.S.C. § 1116(a)",
        "15 U.S.C. § 1117(a)",
    ],
    ("trademark", "uk"): [
        "Trade Marks Act 1994 s. 10",
        "Trade Marks Act 1994 s. 10(2)",
        "Trade Marks Act 1994 s. 10(3)",
        "Trade Marks Act 1994 s. 5(2)",
        "Trade Marks Act 1994 s. 46(1)",
    ],
    ("trademark", "eu"): [
        "Article 8(1)(b) of Regulation (EU) 2017/1001",
        "Article 8(5) of Regulation (EU) 2017/1001",
        "Article 7(1)(b) of Regulation (EU) 2017/1001",
        "Article 9(2) of Regulation (EU) 2017/1001",
    ],
    ("copyright", "us"): [
        "17 U.S.C. § 106",
        "17 U.S.C. § 107",
        "17 U.S.C. § 102(b)",
        "17 U.S.C. § 410(c)",
        "17 U.S.C. § 501",
        "17 U.S.C. § 504(c)",
    ],
    ("copyright", "uk"): [
        "Copyright, Designs and Patents Act 1988 s. 16",
        "Copyright, Designs and Patents Act 1988 s. 17",
    ],
    ("copyright", "eu"): ["Article 2 of Directive 2001/29/EC", "Article 3 of Directive 2001/29/EC"],
    ("design", "us"): ["35 U.S.C. § 171", "35 U.S.C. § 289"],
    ("design", "uk"): ["Registered Designs Act 1949 s. 7", "Registered Designs Act 1949 s. 1B"],
    ("design", "eu"): [
        "Article 6 of Regulation (EC) No 6/2002",
        "Article 10 of Regulation (EC) No 6/2002",
    ],
    ("trade_secret", "us"): ["18 U.S.C. § 1836", "18 U.S.C. § 1836(b)(1)", "18 U.S.C. § 1839(3)"],
    ("trade_secret", "uk"): ["Trade Secrets (Enforcement, etc.) Regulations 2018 reg. 3"],
}


def landmarks_for(ip_type: str, system: str) -> list[str]:
    """Landmarks for an IP type in a legal system, falling back to the US or UK list."""
    return (
        LANDMARKS.get((ip_type, system))
        or LANDMARKS.get((ip_type, "uk" if system == "eu" else "us"))
        or LANDMARKS[("patent", "us")]
    )


def statutes_for(ip_type: str, system: str) -> list[str]:
    return STATUTES.get((ip_type, system)) or STATUTES.get((ip_type, "us")) or []
