"""The currencies damages may be awarded in: ISO 4217 codes.

The codes in use, and those of the currencies the euro replaced, since older rulings award
damages in them. The codes for precious metals, testing and "no currency" are left out: no
court awards damages in them.
"""

CURRENT = """
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN
BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP
ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK
JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK
MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN
PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB
TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD
XCG XDR XOF XPF YER ZAR ZMW ZWG ZWL
""".split()  # noqa: SIM905 - a table of codes reads better than a list literal

# Replaced by the euro (1999-2015).
FORMER = "ATS BEF CYP DEM EEK ESP FIM FRF GRD HRK IEP ITL LTL LUF LVL MTL NLG PTE SIT SKK".split()  # noqa: SIM905

ISO_4217 = frozenset(CURRENT + FORMER)


def is_currency(code: str) -> bool:
    """Whether `code` is an ISO 4217 code, as written in capitals (USD, not usd)."""
    return code in ISO_4217
