"""Reference tables of the second case study: actors, places, weapons, events, attributes,
lexicon, sources. All names, places and facts are invented.

Aliases are the spellings seen in the article bodies; the gold file's mention rows are
found with exactly these lists (longest alias first), so the two cannot drift apart.
"""

FICTION = "Fictional"
OCEAN = (
    "placed in open ocean in the South Atlantic, outside any real country, so that no real"
    " place is implied"
)

# actor_id: (name_en, name_ar, kind, origin_group, aliases, description, camp, reliability, basis)
ACTORS = {
    # outlets (ids equal their source ids)
    "frontline": ("Frontline Dispatch", "فرونتلاين ديسباتش", "outlet", "frontline",
                  ["Frontline Dispatch"],
                  "Fictional English-language military news website sympathetic to the Nadirani"
                  " government; document 000, publication date inferred as 14 April 2031.",
                  "government_side", "D",
                  "Fictional assessment: relies on one unnamed army officer and describes the"
                  " Tarvin-9 against the reference facts (a ballistic missile with a 300 km range)."),
    "valdoria_mod": ("Ministry of Defence of Valdoria (press office)", "وزارة الدفاع الفالدورية",
                     "outlet", "valdoria", ["The Ministry"],
                     "Fictional press office of the mediating state; document 001 is its press"
                     " release of 16 April 2031.",
                     "valdoria", "C",
                     "Fictional assessment: an eyewitness to the first departure and party to the"
                     " deal it describes; its convoy count matches the Red Crescent's."),
    "alwadi": ("Al-Wadi News Network", "شبكة الوادي الإخبارية", "outlet", "alwadi",
               ["شبكة الوادي"],
               "Fictional Arabic-language news network close to the opposition; document 002,"
               " publication date inferred as Saturday 19 April 2031.",
               "opposition_media", "C",
               "Fictional assessment: relays the armed group's spokesman and unnamed activists;"
               " its rounded figures agree with the independent counts."),
    "nna": ("Nadiran News Agency (NNA)", "وكالة أنباء نادران", "outlet", "nadiran_government",
            ["وكالة أنباء نادران"],
            "Fictional state news agency of Nadiran; document 003, published 20 April 2031."
            " As a state agency it shares an origin with the army's sources.",
            "government_side", "D",
            "Fictional assessment: its stated total (6094) does not equal the sum of its own"
            " convoy counts, and it is silent on the civilians wounded on 13 April."),
    "harbourwire": ("Harbour Wire", "هاربر واير", "outlet", "harbourwire",
                    ["Harbour Wire"],
                    "Fictional independent international news agency; document 004, published"
                    " 21 April 2031 (byline Mira Castell).",
                    "independent", "B",
                    "Fictional assessment: names its sources, quotes both sides and gives counts"
                    " that add up."),
    # inner sources
    "nadirani_officer": ("Unnamed officer of the Nadirani Army", "ضابط في الجيش النادراني (غير مسمى)",
                         "inner_source", "nadiran_government",
                         ["Nadirani Army officer", "the officer", "The officer"],
                         "Unnamed officer quoted by Frontline Dispatch (000) on the agreement,"
                         " the weapons handed over and the clashes.",
                         "government_side", "F",
                         "Unnamed; reliability cannot be judged."),
    "nna_military_source": ("Military source (NNA)", "مصدر عسكري", "inner_source",
                            "nadiran_government", ["مصدر عسكري", "المصدر"],
                            "Unnamed military source quoted by the Nadiran News Agency (003).",
                            "government_side", "F", "Unnamed; reliability cannot be judged."),
    "army_spokesman": ("Colonel Idris Bahhar, army spokesman", "العقيد إدريس بحّار",
                       "inner_source", "nadiran_government",
                       ["army spokesman", "Idris Bahhar"],
                       "Fictional spokesman of the Nadirani Army quoted by Harbour Wire (004).",
                       "government_side", "C",
                       "Fictional assessment: an official spokesman, party to the events."),
    "jabhat_spokesman": ("Hadi al-Qarmuzi, spokesman of Jabhat an-Nasr", "هادي القرموزي",
                         "inner_source", "jabhat_an_nasr",
                         ["Hadi al-Qarmuzi", "هادي القرموزي", "القرموزي"],
                         "Fictional spokesman of the armed group, quoted by Al-Wadi (002, from a"
                         " statement dated 16-04-2031) and by Harbour Wire (004).",
                         "opposition_armed", "C",
                         "Fictional assessment: an official spokesman, party to the events."),
    "red_crescent": ("Nadiran Red Crescent", "الهلال الأحمر النادراني", "inner_source",
                     "red_crescent", ["Nadiran Red Crescent", "Red Crescent"],
                     "Fictional humanitarian society that counted the departures; cited by Harbour"
                     " Wire (004), including a statement dated 20.04.2031 and 'a Red Crescent"
                     " official'.",
                     "independent", "B",
                     "Fictional assessment: counted the departures itself; its total equals the"
                     " sum of its convoy counts."),
    "valdorian_officer": ("Valdorian officers", "ضباط فالدوريون", "inner_source", "valdoria",
                          ["Valdorian officers", "Valdorian officer"],
                          "Officers of the mediating state: 'Valdorian officers' in the press"
                          " release (001), 'a Valdorian officer' speaking anonymously to Harbour"
                          " Wire (004).",
                          "valdoria", "C",
                          "Fictional assessment: observers on the ground, but party to the deal."),
    "wadi_activists": ("Activists from Wadi Harsan", "ناشطون من وادي حرسان", "inner_source",
                       "opposition_activists", ["ناشطين"],
                       "Unnamed activists cited by Al-Wadi (002) for the number of evacuees.",
                       "opposition_media", "F", "Unnamed; reliability cannot be judged."),
    # parties
    "jabhat_an_nasr": ("Jabhat an-Nasr", "جبهة النصر", "armed_group", "jabhat_an_nasr",
                       ["Jabhat an-Nasr", "Jabhat al-Nasr", "جبهة النصر", "الجبهة"],
                       "Fictional armed group holding the Wadi Harsan pocket. Frontline Dispatch"
                       " (000) writes 'Jabhat al-Nasr', the Valdorian press release (001) and"
                       " Harbour Wire (004) 'Jabhat an-Nasr' (the article assimilated to the sun"
                       " letter n); Al-Wadi (002) also writes «الجبهة» ('the Front').",
                       "opposition_armed", "", ""),
    "liwa_sayf_al_wadi": ("Liwa Sayf al-Wadi", "لواء سيف الوادي", "armed_group", "liwa_sayf_al_wadi",
                          ["Liwa Sayf al-Wadi"],
                          "Fictional smaller armed group that joined the agreement; only Harbour"
                          " Wire (004) names it.",
                          "opposition_armed", "", ""),
    "wh_factions": ("Armed groups of Wadi Harsan (collectively)", "فصائل وادي حرسان",
                    "armed_group", "opposition_armed",
                    ["the militants", "The militants", "the armed formations",
                     "The armed formations", "مسلحي", "المسلحين", "الإرهابيين"],
                    "The fighters of the pocket taken together: 'the militants' (000), 'the armed"
                    " formations' (001), «مسلحي» / «المسلحين» ('gunmen') and «الإرهابيين» ('the"
                    " terrorists') in the state agency's report (003).",
                    "opposition_armed", "", ""),
    "nadirani_army": ("Nadirani Army", "الجيش النادراني", "state_force", "nadiran_government",
                      ["Nadirani Army", "the army", "الجيش النادراني", "الجيش", "قوات النظام"],
                      "Fictional government armed forces of Nadiran. Al-Wadi (002) calls them"
                      " «قوات النظام» ('the regime's forces'); the state agency (003) «الجيش"
                      " النادراني» and «الجيش».",
                      "government_side", "", ""),
    "nadiran_government": ("Government of Nadiran", "الحكومة النادرانية", "government",
                           "nadiran_government", ["the authorities"],
                           "Fictional government of Nadiran; 'the authorities' in Harbour Wire (004).",
                           "government_side", "", ""),
    "valdoria": ("Republic of Valdoria", "جمهورية فالدوريا", "foreign_state", "valdoria",
                 ["Republic of Valdoria", "Valdoria", "فالدورية"],
                 "Fictional foreign state that mediated the agreement. Al-Wadi (002) writes"
                 " «برعاية فالدورية» ('under Valdorian sponsorship').",
                 "valdoria", "", ""),
    "valdorian_military_police": ("Valdorian military police", "الشرطة العسكرية الفالدورية",
                                  "foreign_force", "valdoria", ["Valdorian military police"],
                                  "Fictional military police of the mediating state that"
                                  " escorted the convoys (000, 001).",
                                  "valdoria", "", ""),
    "civilians": ("Civilians of Wadi Harsan", "مدنيو وادي حرسان", "civilians", "civilians",
                  ["civilians", "المدنيين"],
                  "The civilian population of the pocket (fictional).",
                  "independent", "", ""),
}

# place_id: (name_en, name_ar, kind, governorate, lat, lon, precision, aliases, description)
PLACES = {
    "nadiran": ("Nadiran", "نادران", "country", "", -31.0, -18.6, "centroid", ["Nadiran"],
                "Fictional country of the second case study"),
    "qarmuz": ("Qarmuz", "قرموز", "city", "Qarmuz", -31.05, -18.35, "point", ["QARMUZ"],
               "Fictional capital of Nadiran; the dateline of Harbour Wire (004) prints it in"
               " capitals"),
    "wadi_harsan": ("Wadi Harsan", "وادي حرسان", "region", "Harsan", -31.45, -18.95, "centroid",
                    ["Wadi Harsan", "وادي حرسان"],
                    "Fictional valley and enclave held by armed groups until April 2031"),
    "dayr_rafan": ("Dayr Ra'fan", "دير رعفان", "town", "Harsan", -31.42, -18.9, "point",
                   ["Dayr Ra'fan", "Dayr Rafan", "Deir Ra’fan", "دير رعفان"],
                   "Fictional town in Wadi Harsan where the agreement was signed and the convoys"
                   " set out. Spelled 'Dayr Ra'fan' (apostrophe for the ʿayn of «رعفان», 004),"
                   " 'Dayr Rafan' (ʿayn dropped, 000) and 'Deir Ra’fan' (Deir for Dayr and a curly"
                   " apostrophe, 001)"),
    "tall_sinan": ("Tall Sinan", "تل سنان", "town", "Harsan", -31.5, -19.02, "point",
                   ["Tall Sinan", "تل سنان"],
                   "Fictional town in Wadi Harsan, shelled on 13 April 2031"),
    "zaburiya": ("al-Zaburiya", "الزابورية", "city", "Zaburiya", -30.35, -17.6, "point",
                 ["al-Zaburiya", "الزابورية"],
                 "Fictional town in the north of Nadiran, destination of the convoys"),
}

# weapon_id: (name, class, family, generic, origin, aliases, facts)
WEAPONS = {
    "tank": ("Tank (model not specified)", "tank_unspecified", "tanks", "yes", "not specified",
             ["tanks", "دبابة", "الدبابات"],
             "Tracked armoured fighting vehicle with a main gun; used where a text names no model."),
    "vesk-2": ("Vesk-2", "main_battle_tank", "tanks", "no", "Valdoria (fictional)",
               ["Vesk-2s"],
               "Fictional main battle tank: 115 mm smoothbore gun, crew of four, about 38 tonnes;"
               " built in Valdoria from 2009 and supplied to the Nadirani Army from 2014."),
    "kz-57": ("KZ-57 anti-aircraft gun", "artillery", "anti_aircraft_guns", "no",
              "Valdoria (fictional)", ["KZ-57"],
              "Fictional towed single-barrel anti-aircraft gun of 57 mm calibre; effective ceiling"
              " about 6 km; crew of seven."),
    "anti_aircraft_gun": ("Anti-aircraft gun (type not specified)", "artillery",
                          "anti_aircraft_guns", "yes", "not specified",
                          ["anti-aircraft guns", "مدافع مضادة للطيران"],
                          "Gun designed to fire at aircraft; type not named in the text."),
    "artillery_gun": ("Gun (type not specified)", "artillery", "artillery", "yes", "not specified",
                      ["مدافع"],
                      "Tube artillery of unnamed type; Al-Wadi (002) gives only the calibre"
                      " («عيار 57 ملم», 57 mm), which matches the KZ-57."),
    "tarvin-9": ("Tarvin-9 rocket", "unguided_artillery_rocket", "rockets_and_missiles", "no",
                 "Nadiran (fictional)", ["Tarvin-9"],
                 "Fictional 220 mm unguided artillery rocket fired from a 12-tube truck launcher;"
                 " range about 70 km. It has no guidance and is not a ballistic missile."),
    "heavy_weapons": ("Heavy weapons (generic)", "weapons_generic", "heavy_weapons", "yes",
                      "not specified", ["heavy weapons", "أسلحتهم الثقيلة", "سلاح ثقيل"],
                      "Generic category (tanks, rockets, artillery) used in agreements and reports."),
    "medium_weapons": ("Medium weapons (generic)", "weapons_generic", "medium_weapons", "yes",
                       "not specified", ["أسلحتهم المتوسطة"],
                       "Generic category (heavy machine guns, mortars, light anti-aircraft guns)"
                       " between heavy and personal weapons."),
    "machine_gun": ("Heavy machine gun", "machine_gun", "small_arms", "yes", "not specified",
                    ["heavy machine guns"],
                    "Crew-served machine gun; types not named."),
    "mortar": ("Mortar", "mortar", "artillery", "yes", "not specified", ["mortars"],
               "Muzzle-loading indirect-fire weapon; calibre not named."),
    "rifle": ("Personal rifle", "small_arm", "small_arms", "yes", "not specified",
              ["personal rifle"],
              "Individual rifle; the agreement lets each departing fighter keep one (000)."),
    "ammunition": ("Ammunition (unspecified)", "ammunition", "ammunition", "yes", "not specified",
                   ["الذخائر"], "Ammunition of unspecified type (003: «الذخائر»)."),
}

# event_id: (name, place_id, description, parent, start, end, parties)
EVENTS = {
    "wh_operation": ("Wadi Harsan operation, 2031", "wadi_harsan",
                     "The whole operation: the siege and offensive, the agreement, the weapons"
                     " handover and the evacuation of the Wadi Harsan pocket (fictional).",
                     "", "2031-03-21", "2031-04-20",
                     "government_side;opposition_armed;valdoria"),
    "wh_siege": ("Siege of Wadi Harsan", "wadi_harsan",
                 "The siege of the pocket before the agreement, and how long it lasted.",
                 "wh_operation", "", "2031-04-14", "government_side;opposition_armed"),
    "wh_offensive": ("Army offensive on Wadi Harsan", "wadi_harsan",
                     "The offensive begun on 21 March 2031: villages taken, fighters captured.",
                     "wh_operation", "2031-03-21", "2031-04-14",
                     "government_side;opposition_armed"),
    "wh_clashes": ("Clashes on the eve of the agreement", "wadi_harsan",
                   "Fighting on 13 April 2031 and its dead.", "wh_offensive", "2031-04-13",
                   "2031-04-13", "government_side;opposition_armed"),
    "wh_shelling": ("Shelling of Tall Sinan", "tall_sinan",
                    "Shelling of the town on 13 April 2031 and the civilians wounded.",
                    "wh_offensive", "2031-04-13", "2031-04-13",
                    "government_side;opposition_armed"),
    "wh_agreement": ("Dayr Ra'fan agreement", "dayr_rafan",
                     "The agreement of 14 April 2031: its date, terms and the reasons given for it.",
                     "wh_operation", "2031-04-14", "2031-04-14",
                     "government_side;opposition_armed;valdoria"),
    "wh_handover": ("Weapons handover", "dayr_rafan",
                    "The weapons handed over to the Nadirani Army, their number, type and"
                    " condition, and the weapons still held.",
                    "wh_operation", "2031-04-14", "2031-04-19",
                    "government_side;opposition_armed;valdoria"),
    "wh_evacuation": ("Evacuation of fighters and families", "wadi_harsan",
                      "The departure of fighters and their families as a whole: deadline, start,"
                      " completion, total number of people, fighters who stayed.",
                      "wh_operation", "2031-04-16", "2031-04-19",
                      "government_side;opposition_armed;valdoria"),
    "wh_convoy1": ("First convoy (16 April 2031)", "dayr_rafan",
                   "The first convoy, which left Dayr Ra'fan on 16 April 2031 for al-Zaburiya:"
                   " its people and its journey.",
                   "wh_evacuation", "2031-04-16", "2031-04-18",
                   "government_side;opposition_armed;valdoria"),
    "wh_convoy2": ("Second convoy (19 April 2031)", "dayr_rafan",
                   "The second and last convoy, which left on 19 April 2031: its people.",
                   "wh_evacuation", "2031-04-19", "",
                   "government_side;opposition_armed;valdoria"),
    "background": ("Background", "nadiran",
                   "Facts about weapons that belong to no single event.", "", "", "", ""),
}

# New attributes (appended to the real ones) and extra categories of real ones.
NEW_ATTRIBUTES = [
    ("people_evacuated", "number", "one", "", "", "any",
     "Number of people (fighters and relatives) who left, or were to leave, in an evacuation or"
     " a convoy."),
    ("weapons_handed_over", "number", "one", "", "", "weapon",
     "Number of items of a weapon handed over; object is the weapon (an id from weapons.csv)."),
    ("weapons_held", "number", "one", "", "", "weapon",
     "Number of items of a weapon still in a group's possession; object is the weapon."),
    ("weapons_remaining", "category", "one", "none | some", "", "any",
     "Whether weapons remain in a group's possession after a handover; object names the weapons."),
    ("captured_count", "number", "one", "", "", "any", "Number of people taken prisoner."),
]
EXTRA_CATEGORIES = {"withdrawal_cause": ["military_defeat", "mediator_guarantee"]}

# (term, language, category, referent, note)
LEXICON = [
    ("militants", "en", "armed_groups", "wh_factions",
     "000: 'the militants began handing over', 'the militants must leave'."),
    ("armed formations", "en", "armed_groups", "wh_factions",
     "001: 'the remaining members of the armed formations'."),
    ("مسلحي", "ar", "armed_groups", "wh_factions",
     "003, literally 'the gunmen of': «من مسلحي “جبهة النصر”»; also «المسلحين»."),
    ("الإرهابيين", "ar", "armed_groups", "wh_factions",
     "003, literally 'the terrorists': the state agency's term for the armed groups."),
    ("قوات النظام", "ar", "government_forces", "nadirani_army",
     "002, literally 'the regime's forces'."),
    ("الجيش النادراني", "ar", "government_forces", "nadirani_army",
     "003, literally 'the Nadirani Army' (official name)."),
    ("Nadirani Army", "en", "government_forces", "nadirani_army", "000 and 001: official name."),
    ("Valdorian military police", "en", "foreign_forces", "valdorian_military_police",
     "000 and 001: escort of the convoys."),
    ("agreement", "en", "agreement", "wh_agreement", "000, 001, 004."),
    ("deal", "en", "agreement", "wh_agreement", "000 ('the deal was signed'), 004."),
    ("الاتفاق", "ar", "agreement", "wh_agreement", "002 and 003, literally 'the agreement'."),
    ("surrendered", "en", "handover", "wh_handover",
     "000: 'The militants also surrendered 12 Tarvin-9 ballistic missiles'."),
    ("handed over", "en", "handover", "wh_handover", "000 and 004."),
    ("تسلمت", "ar", "handover", "wh_handover",
     "003, literally '(the army) received': the recipient's perspective."),
    ("سُلّمت", "ar", "handover", "wh_handover",
     "002, literally '(they) were handed over', written with damma and shadda."),
]

# source_id: (outlet, outlet_basis, title, language, kind, author, translator, published,
#             basis, evidence, earliest, latest, notes)
SOURCES = {
    "frontline": (
        "Frontline Dispatch", 'stated: the page header "FRONTLINE DISPATCH" and "told Frontline'
        ' Dispatch" in the body',
        "Jabhat al-Nasr Hands Over Tanks And Missiles As Wadi Harsan Deal Is Signed", "en",
        "news report", "", "", "2031-04-14", "inferred",
        'no publication date is printed; "APRIL 2031" belongs to the donation widget. The body'
        ' reports the signing "On 14 Apr" as news and the evacuation as "tomorrow", and the'
        ' first reader comment is stamped "14 April 2031 21:02", so the page appeared on'
        " 14 April 2031",
        "2031-04-14", "2031-04-14",
        "Fictional document written for the second case study of Contested Counts; the country,"
        " places, groups, outlet and events are invented (the page's second line says so)."
        " Three short reader comments, one span each, cut at the comment author's name."),
    "valdoria_mod": (
        "Ministry of Defence of Valdoria (press office)",
        'stated: the page header "MINISTRY OF DEFENCE OF THE REPUBLIC OF VALDORIA | Press Office"',
        "Valdorian military police escort first convoy from Wadi Harsan", "en", "press release",
        "", "", "2031-04-16", "stated",
        'the page prints "Press release No. 118/2031 · 16.04.2031" (day.month.year)',
        "2031-04-16", "2031-04-16",
        "Fictional document written for the second case study of Contested Counts; the country,"
        " places, groups, ministry and events are invented (the page's second line says so)."
        " The body writes the town 'Deir Ra’fan' with a curly apostrophe (U+2019)."),
    "alwadi": (
        "Al-Wadi News Network (شبكة الوادي الإخبارية)",
        'stated: the page header "شبكة الوادي الإخبارية" and the dateline "شبكة الوادي - خاص"',
        "القافلة الثانية تغادر وادي حرسان.. والجبهة: خرجنا حقناً للدماء", "ar;en", "news report",
        "", "", "2031-04-19", "inferred",
        'no date on the page; the body says "انطلقت اليوم السبت القافلة الثانية" (the second'
        ' convoy set out today, Saturday) and cites a statement "بتاريخ 16-04-2031"; the first'
        " Saturday after 16 April 2031 is 19 April 2031, the day the other reports give for the"
        " second convoy",
        "2031-04-19", "2031-04-19",
        "Fictional document written for the second case study of Contested Counts; the country,"
        " places, groups, outlet and events are invented (the notice lines under the menu say so"
        " in Arabic and English). The dateline «شبكة الوادي - خاص» ('exclusive') is counted as"
        " body."),
    "nna": (
        "Nadiran News Agency (وكالة أنباء نادران)",
        'stated: the page header and the dateline "دير رعفان - وكالة أنباء نادران"',
        "خروج آخر دفعة من الإرهابيين من وادي حرسان.. والجيش يتسلم أسلحتهم الثقيلة", "ar;en",
        "news report", "", "", "2031-04-20", "stated",
        'the page prints "تاريخ النشر: 20 نيسان/أبريل 2031 - 11:05" (published 20 April 2031,'
        ' 11:05); the body says "اليوم الأحد" (today, Sunday), and 20 April 2031 is a Sunday',
        "2031-04-20", "2031-04-20",
        "Fictional document written for the second case study of Contested Counts; the country,"
        " places, groups, agency and events are invented (the notice lines under the menu say so"
        " in Arabic and English). One number is written in Arabic-Indic digits (٢٨٠٣); a"
        " right-to-left mark (U+200F) stands before 6094."),
    "harbourwire": (
        "Harbour Wire", 'stated: the page header "HARBOUR WIRE" and the dateline "(Harbour Wire)"',
        "Two convoys, three counts: how the Wadi Harsan evacuation unfolded", "en", "news report",
        "Mira Castell", "", "2031-04-21", "stated",
        'the byline reads "By Mira Castell · 21 Apr 2031 09:40 GMT"; the dateline "QARMUZ,'
        ' April 21" agrees',
        "2031-04-21", "2031-04-21",
        "Fictional document written for the second case study of Contested Counts; the country,"
        " places, groups, outlet, reporter and events are invented (the page's second line says"
        " so). A no-break space (U+00A0) stands in '36 hours'. The 'Most read' list is chrome."),
}
