"""The claims of the second case study.

Each entry gives the quote verbatim; offsets are computed from the raw text by
build_package.py (``nth`` picks one of several occurrences in the body, counting from 0).
Columns after the quote follow claims.csv; ``modality`` and ``as_of`` go to claims_extra.csv.
"""

PUB = {
    "frontline": "2031-04-14",
    "valdoria_mod": "2031-04-16",
    "alwadi": "2031-04-19",
    "nna": "2031-04-20",
    "harbourwire": "2031-04-21",
}


def c(source, quote, event, subject, attribute, value, unit="", obj="", qualifier="", scope="",
      attributed_to="", occurred=("", "", "unknown"), basis="unknown", notes="",
      translation="", modality="outcome", as_of="", nth=None):
    return dict(source_id=source, quote=quote, event_id=event, subject=subject,
                attribute=attribute, value=value, unit=unit, object=obj, qualifier=qualifier,
                scope=scope, attributed_to=attributed_to, occurred_start=occurred[0],
                occurred_end=occurred[1], occurred_precision=occurred[2], occurred_basis=basis,
                notes=notes, translation_en=translation, modality=modality, as_of=as_of, nth=nth)


SIGNED = ("2031-04-14", "2031-04-14", "day")
DEADLINE = ("2031-04-14", "2031-04-17", "range")

CLAIMS = [
    # --- Frontline Dispatch (000), published 2031-04-14 (inferred) -------------------------
    c("frontline", "Nearly two dozen tanks", "wh_handover", "jabhat_an_nasr", "tanks_handed_over",
      "24", "tanks", "tank", "about", "total", "nadirani_officer", SIGNED,
      'inferred: the handing over began "within hours" of the signing "On 14 Apr" (year from'
      " publication 2031-04-14)",
      "'Nearly two dozen' is just under 24; the qualifier list has no 'nearly', so about"
      " (21.6-26.4), which holds the 23 of {V_tanks} and {N_tanks}. Must not be read as 2"
      " or as 12."),
    c("frontline", "half a dozen KZ-57 anti-aircraft guns of 57 mm calibre", "wh_handover",
      "jabhat_an_nasr", "weapons_handed_over", "6", "guns", "kz-57", "exact", "total",
      "nadirani_officer", SIGNED,
      'inferred: handed over "within hours" of the signing "On 14 Apr"',
      "'half a dozen' = 6; '57 mm' is the calibre and 'KZ-57' a model code, neither a count."
      " The other reports give 6 anti-aircraft guns without a model (nna «ستة مدافع», harbourwire"
      " 'six')."),
    c("frontline", "The militants also surrendered 12 Tarvin-9 ballistic missiles", "wh_handover",
      "jabhat_an_nasr", "rockets_handed_over", "12", "rockets", "tarvin-9", "exact", "total",
      "nadirani_officer", SIGNED,
      'inferred: handed over "within hours" of the signing "On 14 Apr"',
      "single source. 'ballistic missiles' contradicts the reference facts in weapons.csv: the"
      " Tarvin-9 is an unguided 220 mm artillery rocket, not a ballistic missile."),
    c("frontline", "capable of striking targets 300 km away", "background", "", "weapon_range",
      "300", "km", "tarvin-9", "exact", "", "nadirani_officer", notes=
      "contradicts the reference facts in weapons.csv (range about 70 km); the number is a"
      " distance, not a count of items"),
    c("frontline", "All the weapons were handed over in working order.", "wh_handover",
      "jabhat_an_nasr", "weapon_condition", "intact", obj="weapons",
      attributed_to="nadirani_officer", occurred=SIGNED,
      basis='inferred: the handover that began "within hours" of the signing "On 14 Apr"',
      notes="contradicted by {A_disabled} (the tanks were disabled before they were handed over)"),
    c("frontline", "the militants must leave the pocket within three days", "wh_evacuation",
      "wh_factions", "duration", "3", "days", "departure from the pocket", "up_to", "",
      "frontline", DEADLINE,
      'relative: "within three days" of the signing "On 14 Apr" (2031-04-14) -> by 2031-04-17',
      "a term of the agreement (plan); the paragraph names no source. 'within' -> up_to. The"
      " outcome: five days ({H_five}).", modality="plan"),
    c("frontline", "The fighters and their families will be taken by bus to al-Zaburiya tomorrow",
      "wh_evacuation", "wh_factions", "event_date", "2031-04-15", attributed_to="frontline",
      occurred=("2031-04-15", "2031-04-15", "day"),
      basis='relative: "tomorrow" against the publication date 2031-04-14 (inferred)',
      notes="plan for the start of the evacuation; the first convoy left on 2031-04-16"
      " ({V_convoy1}, {N_convoy1}, {H_convoy1}) and arrived 36 hours later. The paragraph"
      " names no source.", modality="plan", as_of="start"),
    c("frontline",
      "the militants' resistance collapsed after the army cut the last supply road into the pocket",
      "wh_agreement", "wh_factions", "withdrawal_cause", "military_defeat",
      attributed_to="nadirani_officer", occurred=("", "2031-04-14", "approximate"),
      basis="inferred: before the signing of 2031-04-14",
      notes="'The officer said that...'. The government side's explanation (also {N_cause},"
      " {H_cause_gov}); the armed group gives another ({A_cause}, {H_cause_jab}), the"
      " mediator a third ({V_cause})."),
    c("frontline", "Clashes on the eve of the deal killed 20 to 30 fighters", "wh_clashes",
      "wh_factions", "casualties", "20", "fighters", "fighters killed", "at_least", "total",
      "nadirani_officer", ("2031-04-13", "2031-04-13", "day"),
      'relative: "on the eve of the deal", the day before the signing of 2031-04-14',
      "killed. A range '20 to 30': the ledger has no range qualifier, so it is recorded as two"
      " claims on the same quote, at_least 20 (this one) and up_to 30 ({F_clash_hi}). Source"
      " carried over from 'The officer said' in the sentence before."),
    c("frontline", "Clashes on the eve of the deal killed 20 to 30 fighters", "wh_clashes",
      "wh_factions", "casualties", "30", "fighters", "fighters killed", "up_to", "total",
      "nadirani_officer", ("2031-04-13", "2031-04-13", "day"),
      'relative: "on the eve of the deal", the day before the signing of 2031-04-14',
      "killed; upper bound of the range '20 to 30' (see {F_clash_lo})"),
    # --- Valdorian Ministry of Defence (001), published 2031-04-16 ----------------------------
    c("valdoria_mod",
      "Today at 2 pm, the first convoy of 2,803 people left Deir Ra’fan for al-Zaburiya",
      "wh_convoy1", "wh_factions", "people_evacuated", "2803", "people", "fighters and relatives",
      "exact", "total", "valdoria_mod", ("2031-04-16", "2031-04-16", "day"),
      'stated: "Today" in the press release dated 16.04.2031',
      "'2 pm' is a time of day, not a count; 'first' an ordinal. 'Deir Ra’fan' (curly"
      " apostrophe) = Dayr Ra'fan. Agrees with {N_convoy1} and {H_convoy1}."),
    c("valdoria_mod",
      "The Ministry expects the evacuation of the remaining members of the armed formations,"
      " including Jabhat an-Nasr, to be completed by next Saturday",
      "wh_evacuation", "wh_factions", "event_date", "2031-04-19", attributed_to="valdoria_mod",
      occurred=("2031-04-19", "2031-04-19", "day"),
      basis='relative: "next Saturday" against 16.04.2031 (a Wednesday), read as the coming'
      " Saturday, 2031-04-19",
      notes="a forecast of the completion; if 'next Saturday' meant Saturday of next week it"
      " would be 2031-04-26. Borne out by {H_last} and {A_until}.",
      modality="forecast", as_of="completion"),
    c("valdoria_mod", "Valdorian officers have verified the handover of 23 tanks", "wh_handover",
      "wh_factions", "tanks_handed_over", "23", "tanks", "tank", "exact", "total", "valdoria_mod",
      ("2031-04-14", "2031-04-16", "range"),
      "inferred: between the signing (14 April) and the press release dated 16.04.2031",
      "agrees with {N_tanks}; compatible with {F_tanks} ('nearly two dozen')"),
    c("valdoria_mod",
      "The armed formations agreed to leave because the guarantees offered by the Republic of"
      " Valdoria ensured safe passage for them and their families",
      "wh_agreement", "wh_factions", "withdrawal_cause", "mediator_guarantee",
      attributed_to="valdoria_mod", occurred=SIGNED,
      basis="inferred: the agreement 'concluded on 14 April' (same release)",
      notes="the mediator's explanation; compare {F_cause} (defeat) and {A_cause}"
      " (to spare civilians)"),
    # --- Al-Wadi News Network (002), published 2031-04-19 (inferred) ---------------------------
    c("alwadi", "بعد أن وصلت القافلة الأولى إلى هناك إثر رحلة استغرقت يومين", "wh_convoy1",
      "wh_factions", "duration", "2", "days", "journey to al-Zaburiya", "exact", "",
      "alwadi", ("", "2031-04-19", "approximate"),
      "inferred: the journey ended before publication 2031-04-19",
      "«يومين» is the dual of «يوم» (day): the number 2 is the noun's ending. Compare"
      " {H_36h} ('36 hours'): hours against days.",
      "after the first convoy had arrived there following a journey that took two days"),
    c("alwadi", "وكانت القافلة الأولى قد ضمت أكثر من ألفي مقاتل من “جبهة النصر” برفقة عائلاتهم",
      "wh_convoy1", "jabhat_an_nasr", "fighters_count", "2000", "fighters", "fighters",
      "more_than", "total", "alwadi", ("", "2031-04-19", "approximate"),
      "inferred: before publication 2031-04-19",
      "«ألفي» is the construct (genitive) dual of «ألف» (thousand): 2,000. Counts the fighters"
      " of the first convoy only, not their families (the convoy's people: 2,803 elsewhere).",
      "the first convoy had included more than two thousand fighters of “Jabhat an-Nasr”,"
      " accompanied by their families"),
    c("alwadi", "فيما بقي نحو مئتي مقاتل في بلدة دير رعفان لتسوية أوضاعهم مع قوات النظام",
      "wh_evacuation", "jabhat_an_nasr", "fighters_count", "200", "fighters",
      "fighters who stayed", "about", "part", "alwadi", ("", "2031-04-19", "approximate"),
      "inferred: before publication 2031-04-19",
      "«مئتي» is the construct dual of «مئة» (hundred): 200. A part (those who stayed), against"
      " the 2,500 fighters in the pocket that Frontline Dispatch's sources give. «قوات النظام»"
      " ('the regime's forces') is the outlet's term for the Nadirani Army.",
      "while about two hundred fighters stayed in the town of Dayr Ra'fan to settle their status"
      " with the regime's forces", as_of="after_departure"),
    c("alwadi", "إن الجبهة قبلت بالخروج “حقناً لدماء المدنيين”", "wh_agreement", "jabhat_an_nasr",
      "withdrawal_cause", "avoid_bloodshed", attributed_to="jabhat_spokesman",
      occurred=("", "2031-04-16", "approximate"),
      basis='inferred: the decision came before the statement dated "16-04-2031" (d-m-y)',
      notes="the armed group's explanation (also {H_cause_jab}); compare {F_cause} and"
      " {V_cause}",
      translation="that the Front accepted to leave “to spare the blood of civilians”"),
    c("alwadi", "بعد حصار خانق دام أكثر من عام", "wh_siege", "wh_factions", "duration", "1",
      "years", "siege", "more_than", "", "jabhat_spokesman", ("", "2031-04-14", "approximate"),
      "inferred: the siege ended with the agreement (2031-04-14 in the other reports)",
      "«عام» (a year) stands for the number 1. Compare {H_siege} ('14 months'): months"
      " against years, compatible.",
      "after a stifling siege that lasted more than a year"),
    c("alwadi", "مؤكداً أن المقاتلين احتفظوا بأسلحتهم المتوسطة", "wh_handover", "jabhat_an_nasr",
      "weapons_remaining", "some", obj="medium_weapons", attributed_to="jabhat_spokesman",
      occurred=("2031-04-16", "2031-04-16", "day"),
      basis='stated: the statement is dated "16-04-2031" (d-m-y)',
      notes="weapons held, not handed over; contradicts {N_none} (no heavy or medium weapon"
      " left). The spokesman does not say where the weapons are.",
      translation="stressing that the fighters kept their medium weapons", as_of="2031-04-16"),
    c("alwadi", "وأن الدبابات سُلّمت بعد تعطيلها", "wh_handover", "jabhat_an_nasr",
      "weapon_condition", "disabled", obj="tank", attributed_to="jabhat_spokesman",
      occurred=("", "2031-04-16", "approximate"),
      basis='inferred: before the statement dated "16-04-2031"',
      notes="contradicts {F_condition} (handed over in working order). «سُلّمت» carries damma"
      " and shadda.",
      translation="and that the tanks were handed over after being disabled"),
    c("alwadi", "أن عشرات المدنيين أصيبوا", "wh_shelling", "civilians", "casualties", "", "people",
      "civilians wounded", "dozens", "total", "jabhat_spokesman",
      ("2031-04-13", "2031-04-13", "day"),
      "relative: «قبل يوم واحد من توقيع الاتفاق» (one day before the signing of the agreement,"
      " 2031-04-14 in the other reports)",
      "«عشرات» means 'tens'; the qualifier list has no 'tens', so dozens (ACLED codes 'tens' as"
      " 10). Agrees with {H_wounded} ('tens of civilians'); the state agency (nna) does not"
      " mention the shelling.",
      "that tens of civilians were wounded"),
    c("alwadi", "ونص الاتفاق الذي وُقّع برعاية فالدورية على خروج المقاتلين خلال ثلاثة أيام",
      "wh_evacuation", "wh_factions", "duration", "3", "days", "departure from the pocket",
      "up_to", "", "alwadi", DEADLINE,
      "relative: «خلال ثلاثة أيام» (within three days) of the signing, which this report does"
      " not date; 2031-04-14 in the other reports",
      "a term of the agreement (plan). «خلال» (within) -> up_to, as 'within' in English.",
      "and the agreement, signed under Valdorian sponsorship, provided for the departure of the"
      " fighters within three days", modality="plan"),
    c("alwadi", "إلا أن خروجهم امتد حتى اليوم", "wh_evacuation", "wh_factions", "event_date",
      "2031-04-19", attributed_to="alwadi", occurred=("2031-04-19", "2031-04-19", "day"),
      basis="relative: «حتى اليوم» (until today) against publication 2031-04-19 (inferred)",
      notes="the outcome against the plan of {A_deadline}: the departure lasted until the fifth"
      " day after the signing",
      translation="but their departure stretched until today", as_of="completion"),
    c("alwadi", "وبلغ عدد الخارجين في القافلتين نحو ستة آلاف شخص", "wh_evacuation",
      "wh_factions", "people_evacuated", "6000", "people", "fighters and relatives", "about",
      "total", "wadi_activists", ("2031-04-16", "2031-04-19", "range"),
      "inferred: the two convoys, the second of which left on publication day 2031-04-19",
      "«القافلتين» is the dual of «قافلة» (convoy): 'the two convoys'. «بحسب ناشطين» (according"
      " to activists). Compatible with 6,194 ({H_total}), about 10 % either side.",
      "and the number of those who left in the two convoys reached about six thousand people"),
    # --- Nadiran News Agency (003), published 2031-04-20 ------------------------------------
    c("nna", "تنفيذاً للاتفاق الذي جرى التوصل إليه في 14 نيسان/أبريل الجاري", "wh_agreement",
      "wh_factions", "event_date", "2031-04-14", attributed_to="nna_military_source",
      occurred=SIGNED,
      basis="stated: «14 نيسان/أبريل الجاري» (14 Nisan/April of this month; year from"
      " publication 2031-04-20)",
      notes="agrees with valdoria_mod ('concluded on 14 April') and harbourwire ('on 14 April')",
      translation="in implementation of the agreement reached on 14 April of this month"),
    c("nna", "والذي نص على خروج المسلحين خلال ثلاثة أيام", "wh_evacuation", "wh_factions",
      "duration", "3", "days", "departure from the pocket", "up_to", "", "nna_military_source",
      DEADLINE,
      "relative: «خلال ثلاثة أيام» (within three days) of the agreement of 2031-04-14",
      "plan; the same report dates the last departure «مساء أمس السبت» (Saturday 19 April),"
      " five days after the signing, without remarking on it. «المسلحين» ('the gunmen').",
      "which provided for the departure of the gunmen within three days", modality="plan"),
    c("nna", "القافلة الأولى التي انطلقت يوم الأربعاء ضمت ٢٨٠٣ أشخاص", "wh_convoy1",
      "wh_factions", "people_evacuated", "2803", "people", "fighters and relatives", "exact",
      "total", "nna_military_source", ("2031-04-16", "2031-04-16", "day"),
      "relative: «يوم الأربعاء» (on Wednesday) before publication 2031-04-20 (a Sunday) ->"
      " 2031-04-16",
      "the number is written in Arabic-Indic digits (٢٨٠٣). A part of {N_total}'s total.",
      "the first convoy, which set out on Wednesday, included 2803 people"),
    c("nna", "فيما ضمت القافلة الثانية 3391 شخصاً", "wh_convoy2", "wh_factions",
      "people_evacuated", "3391", "people", "fighters and relatives", "exact", "total",
      "nna_military_source", ("2031-04-19", "2031-04-19", "day"),
      "relative: the second batch left «مساء أمس السبت» (yesterday, Saturday evening) against"
      " publication 2031-04-20",
      "a part of {N_total}'s total; agrees with {H_convoy2}",
      "while the second convoy included 3391 people"),
    c("nna", "ليبلغ العدد الإجمالي للخارجين \u200f6094 شخصاً", "wh_evacuation", "wh_factions",
      "people_evacuated", "6094", "people", "fighters and relatives", "exact", "total",
      "nna_military_source", ("2031-04-16", "2031-04-19", "range"),
      "inferred: the two convoys of 2031-04-16 and 2031-04-19 (same report)",
      "does not equal the sum of this report's own convoy counts (2803 + 3391 = 6194, {N_convoy1}"
      " and {N_convoy2}): 100 fewer. The raw text has a right-to-left mark (U+200F) before 6094;"
      " the quote keeps it.",
      "bringing the total number of those who left to 6094 people"),
    c("nna", "وحدات الجيش تسلمت 23 دبابة", "wh_handover", "wh_factions", "tanks_handed_over", "23",
      "tanks", "tank", "exact", "total", "nna_military_source", ("2031-04-14", "2031-04-20", "range"),
      "inferred: between the agreement (14 April) and publication 2031-04-20",
      "the army is the recipient («تسلمت», received). Agrees with {V_tanks}.",
      "army units received 23 tanks"),
    c("nna", "مؤكداً أنه لم يبقَ في المنطقة أي سلاح ثقيل أو متوسط", "wh_handover", "wh_factions",
      "weapons_remaining", "none", obj="medium_weapons", attributed_to="nna_military_source",
      occurred=("", "2031-04-20", "approximate"), basis="inferred: by publication 2031-04-20",
      notes="no heavy or medium weapon left in the area (object: medium weapons, heavy ones"
      " included). Contradicted by {A_held} (medium weapons kept) and {H_held} (40"
      " heavy machine guns still held). «يبقَ» carries a fatha.",
      translation="stressing that no heavy or medium weapon remained in the area",
      as_of="2031-04-20"),
    c("nna", "وجاء الاتفاق بعد الضربات الموجعة التي وجهها الجيش إلى الإرهابيين", "wh_agreement",
      "wh_factions", "withdrawal_cause", "military_defeat", attributed_to="nna",
      occurred=("2031-03-21", "2031-04-14", "range"),
      basis="stated: the operation «بدأت في 21 آذار/مارس الماضي» (began on 21 March last),"
      " before the agreement of 2031-04-14",
      notes="the agency's own explanation; «الإرهابيين» ('the terrorists') is its term for the"
      " armed groups",
      translation="the agreement came after the painful blows the army dealt to the terrorists"),
    c("nna", "أسر مئتي مقاتل", "wh_offensive", "wh_factions", "captured_count", "200", "fighters",
      "fighters captured", "exact", "total", "nna", ("2031-03-21", "2031-04-14", "range"),
      "stated: during the operation «التي بدأت في 21 آذار/مارس الماضي», before the agreement",
      "«مئتي» is the construct dual of «مئة» after the verbal noun «أسر» (capture): 200. Single"
      " source.",
      "the capture of two hundred fighters"),
    # --- Harbour Wire (004), published 2031-04-21 -----------------------------------------
    c("harbourwire",
      "The last fighters of Jabhat an-Nasr left the Wadi Harsan pocket on Saturday",
      "wh_evacuation", "jabhat_an_nasr", "event_date", "2031-04-19", attributed_to="red_crescent",
      occurred=("2031-04-19", "2031-04-19", "day"),
      basis='relative: "on Saturday" before publication 2031-04-21 (a Monday) -> 2031-04-19',
      notes="'according to the Nadiran Red Crescent' (same sentence). The outcome against the"
      " plan 'tomorrow' ({F_tomorrow}) and the forecast 'next Saturday' ({V_forecast}).",
      as_of="completion"),
    c("harbourwire", "five days after an agreement", "wh_evacuation", "wh_factions", "duration",
      "5", "days", "departure from the pocket", "exact", "", "red_crescent",
      ("2031-04-14", "2031-04-19", "range"),
      "stated: from the agreement 'on 14 April' to the last departure 'on Saturday' (2031-04-19)",
      "the outcome against the plan of three days (the same sentence: 'an agreement that gave"
      " them three days to go'; {F_deadline}, {N_deadline}, {A_deadline})"),
    c("harbourwire",
      "The first convoy, of 2,803 people, left Dayr Ra'fan on Wednesday afternoon",
      "wh_convoy1", "wh_factions", "people_evacuated", "2803", "people", "fighters and relatives",
      "exact", "total", "harbourwire", ("2031-04-16", "2031-04-16", "day"),
      'relative: "on Wednesday afternoon" before publication 2031-04-21 (a Monday) -> 2031-04-16',
      "the report's own voice; the paragraph's figures come from the Red Crescent, 'which"
      " counted the departures'. A part of {H_total}'s total."),
    c("harbourwire", "reached al-Zaburiya 36\u00a0hours later", "wh_convoy1", "wh_factions",
      "duration", "36", "hours", "journey to al-Zaburiya", "exact", "", "harbourwire",
      ("2031-04-16", "2031-04-18", "range"),
      "relative: 36 hours after leaving 'on Wednesday afternoon' (2031-04-16) -> 2031-04-18",
      "hours against days: {A_journey} gives «يومين» (two days). The raw text has a no-break"
      " space (U+00A0) between 36 and hours; the quote keeps it."),
    c("harbourwire", "The second, of 3,391 people, left on Saturday", "wh_convoy2", "wh_factions",
      "people_evacuated", "3391", "people", "fighters and relatives", "exact", "total",
      "harbourwire", ("2031-04-19", "2031-04-19", "day"),
      'relative: "on Saturday" before publication 2031-04-21 -> 2031-04-19',
      "'The second' (convoy) is an ordinal. A part of {H_total}'s total; agrees with"
      " {N_convoy2}."),
    c("harbourwire", "the Red Crescent put the total at 6,194 fighters and relatives",
      "wh_evacuation", "wh_factions", "people_evacuated", "6194", "people",
      "fighters and relatives", "exact", "total", "red_crescent",
      ("2031-04-16", "2031-04-19", "range"),
      'stated: the two convoys, Wednesday 2031-04-16 and Saturday 2031-04-19; the statement is'
      ' dated "20.04.2031" (d.m.y)',
      "equals the sum of this report's convoy counts (2,803 + 3,391); {N_total} gives 6094"),
    c("harbourwire", "still holds at least 40 heavy machine guns", "wh_handover",
      "liwa_sayf_al_wadi", "weapons_held", "40", "guns", "machine_gun", "at_least", "total",
      "valdorian_officer", ("", "2031-04-21", "approximate"),
      "inferred: still held at publication 2031-04-21",
      "held, not handed over; the same sentence adds 'several mortars'. Liwa Sayf al-Wadi is"
      " named only in this report. Contradicts {N_none} (no heavy or medium weapon left).",
      as_of="2031-04-21"),
    c("harbourwire", "Shelling of Tall Sinan on 13 April, the heaviest since 2029, wounded tens of"
      " civilians", "wh_shelling", "civilians", "casualties", "", "people", "civilians wounded",
      "dozens", "total", "red_crescent", ("2031-04-13", "2031-04-13", "day"),
      'stated: "on 13 April" (year from publication 2031-04-21)',
      "'tens of' coded dozens (no 'tens' code; ACLED codes 'tens' as 10). '2029' is a year, not"
      " a count. Agrees with {A_wounded}; the state agency (nna) does not mention the shelling."),
    c("harbourwire", "said the fighters “had no choice after their defeat”", "wh_agreement",
      "wh_factions", "withdrawal_cause", "military_defeat", attributed_to="army_spokesman",
      occurred=SIGNED, basis="inferred: the decision to leave, taken with the agreement of"
      " 2031-04-14",
      notes="'An army spokesman, Colonel Idris Bahhar'. The government side's explanation."),
    c("harbourwire", "said the group left “to spare the civilians of Wadi Harsan a massacre”",
      "wh_agreement", "jabhat_an_nasr", "withdrawal_cause", "avoid_bloodshed",
      attributed_to="jabhat_spokesman", occurred=SIGNED,
      basis="inferred: the decision to leave, taken with the agreement of 2031-04-14",
      notes="'Jabhat an-Nasr's spokesman, Hadi al-Qarmuzi'. Agrees with {A_cause}."),
    c("harbourwire", "after a siege of 14 months", "wh_siege", "wh_factions", "duration", "14",
      "months", "siege", "exact", "", "jabhat_spokesman", ("", "2031-04-14", "approximate"),
      "inferred: the siege ended with the agreement of 2031-04-14",
      "months against years: {A_siege} gives «أكثر من عام» (more than a year), compatible"),
]


KEYS = [
    "F_tanks", "F_aa", "F_tarvin", "F_range", "F_condition", "F_deadline", "F_tomorrow",
    "F_cause", "F_clash_lo", "F_clash_hi",
    "V_convoy1", "V_forecast", "V_tanks", "V_cause",
    "A_journey", "A_fighters1", "A_stayed", "A_cause", "A_siege", "A_held", "A_disabled",
    "A_wounded", "A_deadline", "A_until", "A_total",
    "N_date", "N_deadline", "N_convoy1", "N_convoy2", "N_total", "N_tanks", "N_none", "N_cause",
    "N_captured",
    "H_last", "H_five", "H_convoy1", "H_36h", "H_convoy2", "H_total", "H_held", "H_wounded",
    "H_cause_gov", "H_cause_jab", "H_siege",
]
assert len(KEYS) == len(CLAIMS) == len(set(KEYS))
