"""Demo seed data for the reporting and help directory.

Each entry in ``HELP_SERVICES`` was checked against stored copies of public
pages on its ``last_checked`` date; ``source`` is the page the entry was
checked against. Stored copies can be old and services change their numbers,
hours and addresses, so operators MUST verify every entry against the
service's own current website before launch and again at regular intervals.

Conventions:

* ``country`` is an ISO 3166-1 alpha-2 code, or ``""`` for an international
  service.
* ``phone`` is only filled in when the number was found in a source; otherwise
  it is ``""``. The same rule applies to ``web`` and ``hours``.
* ``anonymous`` is ``True`` only where a source says the service can be used
  without giving a name; ``False`` means "not confirmed", not "never".
* ``languages`` lists ISO 639-1 codes for the main language of the service
  (taken from the language of the service and its pages; not separately
  verified).
"""

HELP_SERVICES = [
    # --- Netherlands -------------------------------------------------------
    {
        "country": "NL",
        "kind": "child_helpline",
        "name": "De Kindertelefoon",
        "phone": "0800-0432",
        "web": "https://www.kindertelefoon.nl/",
        "hours": "Every day 11:00-21:00",
        "languages": "nl",
        "audience": "children",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://www.flaironline.nl/nieuws/de-kindertelefoon-bestaat-al-40-jaar-en-maxima-bezoekt-de-vrijwilligers/",
        "description": (
            "Free phone and chat line where children up to 18 can talk about anything that worries"
            " them."
        ),
    },
    {
        "country": "NL",
        "kind": "csam_hotline",
        "name": "Meldpunt Kinderporno (Offlimits)",
        "phone": "",
        "web": "https://www.meldpunt-kinderporno.nl/",
        "hours": "",
        "languages": "nl",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://meldpunt-kinderporno.nl/faq",
        "description": (
            "Dutch hotline run by Offlimits for reporting child sexual abuse images found on the "
            "open internet so they can be assessed and taken down."
        ),
    },
    {
        "country": "NL",
        "kind": "police",
        "name": "Politie (Dutch police)",
        "phone": "0900-8844",
        "web": "https://www.politie.nl/",
        "hours": "",
        "languages": "nl",
        "audience": "everyone",
        "anonymous": False,
        "last_checked": "2026-11-28",
        "source": "https://www.politie.nl/informatie/dit-kunt-u-doen-als-u-kinderporno-tegenkomt-op-het-internet.html",
        "description": (
            "Non-emergency police number for making a report about child abuse; if a child is in "
            "immediate danger call 112."
        ),
    },
    # --- Belgium -----------------------------------------------------------
    {
        "country": "BE",
        "kind": "child_helpline",
        "name": "Awel",
        "phone": "102",
        "web": "",
        "hours": "",
        "languages": "nl",
        "audience": "children",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://www.hln.be/nieuws/binnenland/ruim-23-000-contacten-met-kinderen-en-jongeren-voor-awel-de-voormalige-kinder-en-jongerentelefoon~a1065a0b/?utm_medium=rss&utm_content=Net%20binnen",
        "description": (
            "Flemish helpline (formerly the Kinder- en Jongerentelefoon) where children and "
            "teenagers can talk by phone, chat or email."
        ),
    },
    {
        "country": "BE",
        "kind": "csam_hotline",
        "name": "Child Focus - stopchildporno.be",
        "phone": "",
        "web": "https://www.stopchildporno.be/",
        "hours": "",
        "languages": "nl,fr",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://childfocus.be/en/report-child-pornography",
        "description": (
            "Belgian civil hotline run by Child Focus where images of child sexual abuse seen "
            "online can be reported, anonymously if you wish."
        ),
    },
    # --- Germany -----------------------------------------------------------
    {
        "country": "DE",
        "kind": "child_helpline",
        "name": "Nummer gegen Kummer - Kinder- und Jugendtelefon",
        "phone": "116 111",
        "web": "https://www.nummergegenkummer.de/",
        "hours": "Mon-Sat 14:00-20:00",
        "languages": "de",
        "audience": "children",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556",
        "description": (
            "Free national line where children and young people can talk to trained counsellors by"
            " phone, email or chat."
        ),
    },
    {
        "country": "DE",
        "kind": "csam_hotline",
        "name": "Internet-Beschwerdestelle (eco and FSM)",
        "phone": "",
        "web": "https://www.internet-beschwerdestelle.de/",
        "hours": "",
        "languages": "de",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://www.klicksafe.de/news/illegale-inhalte-schnell-und-anonym-melden",
        "description": (
            "German complaints office where illegal online content, including child sexual abuse "
            "material, can be reported for assessment and removal."
        ),
    },
    # --- Austria -----------------------------------------------------------
    {
        "country": "AT",
        "kind": "child_helpline",
        "name": "147 Rat auf Draht",
        "phone": "147",
        "web": "https://www.rataufdraht.at/",
        "hours": "24/7",
        "languages": "de",
        "audience": "children",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147",
        "description": (
            "Austria's free emergency number for children and young people, answered around the "
            "clock and not shown on the phone bill."
        ),
    },
    {
        "country": "AT",
        "kind": "csam_hotline",
        "name": "Stopline",
        "phone": "",
        "web": "https://www.stopline.at/",
        "hours": "Reports handled within one working day",
        "languages": "de",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://www.stopline.at/de/faqs/faqs/meldungen",
        "description": (
            "Austrian reporting office for sexual abuse images of children found online, which "
            "passes reports to the police and partner hotlines."
        ),
    },
    # --- France ------------------------------------------------------------
    {
        "country": "FR",
        "kind": "child_helpline",
        "name": "119 Allo Enfance en Danger",
        "phone": "119",
        "web": "https://www.allo119.gouv.fr/",
        "hours": "24/7",
        "languages": "fr",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://solidarites-sante.gouv.fr/affaires-sociales/familles-enfance/pacte-pour-l-enfance/lutte-contre-les-violences-faites-aux-enfants/article/119-allo-enfance-en-danger",
        "description": (
            "Free national number for children in danger and for adults worried about a child, "
            "with calls from children handled first."
        ),
    },
    {
        "country": "FR",
        "kind": "csam_hotline",
        "name": "Point de Contact",
        "phone": "",
        "web": "https://www.pointdecontact.net/",
        "hours": "",
        "languages": "fr",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://www.pointdecontact.net",
        "description": (
            "French association and INHOPE member where illegal online content, including child "
            "sexual exploitation material, can be reported for removal."
        ),
    },
    {
        "country": "FR",
        "kind": "police",
        "name": "PHAROS (internet-signalement.gouv.fr)",
        "phone": "",
        "web": "https://www.internet-signalement.gouv.fr/",
        "hours": "Staffed 24/7",
        "languages": "fr",
        "audience": "everyone",
        "anonymous": False,
        "last_checked": "2026-11-28",
        "source": "https://moncommissariat.interieur.gouv.fr/fr/demarches/le-portail-officiel-de-signalement-des-contenus-illicites-de-l-internet-pharos",
        "description": (
            "Official police and gendarmerie portal for reporting illegal public online content "
            "such as child sexual abuse material or sexual approaches to children."
        ),
    },
    # --- Spain -------------------------------------------------------------
    {
        "country": "ES",
        "kind": "child_helpline",
        "name": "Fundación ANAR - Teléfono ANAR de Ayuda a Niños y Adolescentes",
        "phone": "900 20 20 10",
        "web": "https://www.anar.org/",
        "hours": "24/7",
        "languages": "es",
        "audience": "children",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://defensornavarra.es/es/noticias/la-fundacion-anar-se-entrevisto-con-el-defensor-del-pueblo-de-navarra-y-le-entrego-su-informe-anual-referido-a-navarra",
        "description": (
            "Free, confidential line where children and teenagers get psychological, social and "
            "legal help from professionals."
        ),
    },
    {
        "country": "ES",
        "kind": "child_helpline",
        "name": "INCIBE 017 - Tu Ayuda en Ciberseguridad",
        "phone": "017",
        "web": "https://www.incibe.es/linea-de-ayuda-en-ciberseguridad",
        "hours": "Every day 08:00-23:00",
        "languages": "es",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq",
        "description": (
            "Free, confidential online-safety helpline that advises children, parents and teachers "
            "on problems such as cyberbullying and sexting."
        ),
    },
    # --- United Kingdom ----------------------------------------------------
    {
        "country": "GB",
        "kind": "child_helpline",
        "name": "Childline (NSPCC)",
        "phone": "0800 1111",
        "web": "https://www.childline.org.uk/",
        "hours": "24/7",
        "languages": "en",
        "audience": "children",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://www.sunderlandecho.com/news/opinion/columnists/childline-advice-when-a-child-contacts-us-we-will-listen-and-support-them-3817957",
        "description": (
            "Free, confidential UK service where anyone under 19 can talk to a counsellor by "
            "phone, email or online chat."
        ),
    },
    {
        "country": "GB",
        "kind": "csam_hotline",
        "name": "Internet Watch Foundation (IWF)",
        "phone": "",
        "web": "https://www.iwf.org.uk/report",
        "hours": "",
        "languages": "en",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://www.iwf.org.uk/faqs/",
        "description": (
            "UK hotline where images or videos of child sexual abuse seen online can be reported, "
            "without giving contact details, for removal."
        ),
    },
    {
        "country": "GB",
        "kind": "image_removal",
        "name": "Report Remove (Childline and IWF)",
        "phone": "",
        "web": "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove/",
        "hours": "",
        "languages": "en",
        "audience": "children",
        "anonymous": False,
        "last_checked": "2026-11-28",
        "source": "https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove",
        "description": (
            "Tool for under-18s in the UK to confidentially report a nude image or video of "
            "themselves so it can be removed, with Childline support."
        ),
    },
    {
        "country": "GB",
        "kind": "police",
        "name": "CEOP Safety Centre (National Crime Agency)",
        "phone": "",
        "web": "https://www.ceop.police.uk/Safety-Centre/",
        "hours": "",
        "languages": "en",
        "audience": "everyone",
        "anonymous": False,
        "last_checked": "2026-11-28",
        "source": "https://www.ceop.police.uk/Safety-Centre/What-happens-when-I-make-a-report-YP/What-happens-when-I-make-a-report-parent/",
        "description": (
            "Police reporting centre for online sexual abuse or grooming of a child; for immediate"
            " danger call 999."
        ),
    },
    # --- Ireland -----------------------------------------------------------
    {
        "country": "IE",
        "kind": "child_helpline",
        "name": "Childline (ISPCC)",
        "phone": "1800 66 66 66",
        "web": "https://www.childline.ie/",
        "hours": "24/7",
        "languages": "en",
        "audience": "children",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "http://www.breakingnews.ie/ireland/childine-volunters-answered-1020-calls-from-children-on-christmas-day-820223.html",
        "description": (
            "Free listening service for children and young people in Ireland by phone, text and "
            "online chat."
        ),
    },
    {
        "country": "IE",
        "kind": "csam_hotline",
        "name": "Hotline.ie",
        "phone": "",
        "web": "https://hotline.ie/report",
        "hours": "",
        "languages": "en",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://hotline.ie/about",
        "description": (
            "Irish national centre for securely and anonymously reporting suspected child sexual "
            "abuse material found online."
        ),
    },
    # --- Italy -------------------------------------------------------------
    {
        "country": "IT",
        "kind": "child_helpline",
        "name": "Telefono Azzurro",
        "phone": "19696",
        "web": "https://www.azzurro.it/",
        "hours": "24/7",
        "languages": "it",
        "audience": "children",
        "anonymous": False,
        "last_checked": "2026-11-28",
        "source": "https://tg24.sky.it/cronaca/2025/04/23/telefono-azzurro-numeri-intervento-giubileo",
        "description": (
            "Free listening line for children and teenagers in Italy, reachable by phone or chat."
        ),
    },
    {
        "country": "IT",
        "kind": "csam_hotline",
        "name": "STOP-IT (Save the Children Italia)",
        "phone": "",
        "web": "https://stop-it.savethechildren.it/",
        "hours": "",
        "languages": "it",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://stop-it.savethechildren.it/progetto",
        "description": (
            "Save the Children Italy hotline for anonymously reporting child sexual abuse material"
            " online, with reports passed to the postal police."
        ),
    },
    {
        "country": "IT",
        "kind": "csam_hotline",
        "name": "Clicca e Segnala (Telefono Azzurro)",
        "phone": "",
        "web": "https://azzurro.it/clicca-e-segnala/",
        "hours": "",
        "languages": "it",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://azzurro.it/clicca-e-segnala/",
        "description": (
            "Telefono Azzurro's online form for reporting illegal or harmful content involving "
            "children, including child sexual abuse material."
        ),
    },
    # --- Sweden ------------------------------------------------------------
    {
        "country": "SE",
        "kind": "child_helpline",
        "name": "Bris",
        "phone": "116 111",
        "web": "https://www.bris.se/",
        "hours": "24/7",
        "languages": "sv",
        "audience": "children",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://8sidor.se/sverige/2025/08/manga-barn-ringde-till-bris/",
        "description": (
            "Swedish support line where anyone under 18 can call, chat or email a counsellor "
            "without giving their name."
        ),
    },
    {
        "country": "SE",
        "kind": "csam_hotline",
        "name": "ECPAT Hotline",
        "phone": "",
        "web": "https://ecpat.se/hotline/hotline-eng/",
        "hours": "",
        "languages": "sv,en",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://ecpat.se/hotline/hotline-eng/",
        "description": (
            "ECPAT Sweden's form for reporting any suspected sexual exploitation of children, "
            "including abuse material online."
        ),
    },
    # --- United States -----------------------------------------------------
    {
        "country": "US",
        "kind": "child_helpline",
        "name": "Childhelp National Child Abuse Hotline",
        "phone": "1-800-422-4453",
        "web": "https://www.childhelphotline.org/",
        "hours": "24/7",
        "languages": "en",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://thehopeline.com/reportabuse",
        "description": (
            "Crisis counselling line by call, text or chat for children and adults worried about "
            "abuse; it is not itself a reporting line."
        ),
    },
    {
        "country": "US",
        "kind": "csam_hotline",
        "name": "NCMEC CyberTipline",
        "phone": "1-800-THE-LOST (1-800-843-5678)",
        "web": "https://report.cybertip.org/",
        "hours": "",
        "languages": "en",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://takeitdown.ncmec.org/faq/",
        "description": (
            "US national centre for reporting online sexual exploitation of children, which passes"
            " reports to the right law enforcement agency."
        ),
    },
    # --- Malawi ------------------------------------------------------------
    {
        "country": "MW",
        "kind": "child_helpline",
        "name": "Tithandizane National Child Helpline (YONECO)",
        "phone": "116",
        "web": "https://www.yoneco.org/",
        "hours": "24/7",
        "languages": "en,ny",
        "audience": "children",
        "anonymous": False,
        "last_checked": "2026-11-28",
        "source": "https://www.yonecofm.com/index.php/2018/05/17/celebrating-the-work-of-tithandizane-helpline/",
        "description": (
            "Toll-free national child helpline run by YONECO for reporting abuse and getting "
            "referrals, free on all mobile networks."
        ),
    },
    {
        "country": "MW",
        "kind": "csam_hotline",
        "name": "IWF Reporting Portal Malawi (hosted by YONECO)",
        "phone": "",
        "web": "https://report.iwf.org.uk/mw/",
        "hours": "",
        "languages": "en",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://www.wired-gov.net/wg/news.nsf/print/Malawi+takes+vital+step+to+remove+online+child+sexual+abuse+from+the+internet+by+launching+a+public+reporting+system+17052018113200",
        "description": (
            "Web form launched in 2018 where people in Malawi can anonymously report child sexual "
            "abuse images for IWF analysts to assess."
        ),
    },
    # --- Angola ------------------------------------------------------------
    {
        "country": "AO",
        "kind": "child_helpline",
        "name": "SOS-Criança",
        "phone": "15015",
        "web": "",
        "hours": "",
        "languages": "pt",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://angop.ao/en/noticias/sociedade/inac-lanca-portal-da-crianca",
        "description": (
            "Free, anonymous line of Angola's National Children's Institute for reporting abuse of"
            " children."
        ),
    },
    {
        "country": "AO",
        "kind": "csam_hotline",
        "name": "IWF Reporting Portal Angola",
        "phone": "",
        "web": "https://report.iwf.org.uk/ao",
        "hours": "",
        "languages": "pt",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "http://novojornal.co.ao/sociedade/interior/angola-lanca-portal-para-denuncia-de-abusos-sexuais-de-menores-59811.html",
        "description": (
            "Web form where people in Angola can anonymously report online images and videos of "
            "child sexual abuse to the IWF."
        ),
    },
    # --- Burundi -----------------------------------------------------------
    {
        "country": "BI",
        "kind": "child_helpline",
        "name": "Yaga Ndakumva (116)",
        "phone": "116",
        "web": "",
        "hours": "",
        "languages": "rn,fr",
        "audience": "children",
        "anonymous": False,
        "last_checked": "2026-11-28",
        "source": "https://reliefweb.int/report/burundi/burundi-case-study-collaboration-between-global-cp-aor-child-helpline-international",
        "description": (
            "Government-run child helpline in Burundi offering counselling, referrals and "
            "emergency help by phone and chat."
        ),
    },
    {
        "country": "BI",
        "kind": "csam_hotline",
        "name": "IWF Reporting Portal Burundi (with FENADEB)",
        "phone": "",
        "web": "https://report.iwf.org.uk/bi",
        "hours": "",
        "languages": "fr",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://iwacu-burundi.org/desormais-un-mecanisme-de-lutte-contre-la-pedopornographie-en-ligne",
        "description": (
            "Web form launched in 2018 where people in Burundi can anonymously report child sexual"
            " abuse images found online to the IWF."
        ),
    },
    # --- International -----------------------------------------------------
    {
        "country": "",
        "kind": "child_helpline",
        "name": "Child Helpline International",
        "phone": "",
        "web": "https://www.childhelplineinternational.org/",
        "hours": "",
        "languages": "en",
        "audience": "everyone",
        "anonymous": False,
        "last_checked": "2026-11-28",
        "source": "https://issuu.com./chi-childhelplineinternational/docs/vcyp_2023_global_data_issuu_",
        "description": (
            "Global network of national child helplines; use it to find the helpline for a country"
            " not listed here."
        ),
    },
    {
        "country": "",
        "kind": "csam_hotline",
        "name": "INHOPE",
        "phone": "",
        "web": "https://www.inhope.org/",
        "hours": "",
        "languages": "en",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://inhope.org/EN/articles/about-inhope",
        "description": (
            "Global network of national CSAM hotlines; use it to find where to report in a country"
            " not listed here, as INHOPE itself does not take reports."
        ),
    },
    {
        "country": "",
        "kind": "image_removal",
        "name": "Take It Down (NCMEC)",
        "phone": "",
        "web": "https://takeitdown.ncmec.org/",
        "hours": "",
        "languages": "en",
        "audience": "everyone",
        "anonymous": True,
        "last_checked": "2026-11-28",
        "source": "https://takeitdown.ncmec.org/faq/",
        "description": (
            "Free worldwide tool that makes a digital fingerprint of nude images taken before age "
            "18, on your own device, so participating platforms can remove them."
        ),
    },
]
