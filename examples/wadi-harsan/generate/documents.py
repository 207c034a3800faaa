"""The five fictional documents of the second case study, as page parts.

Each document is a list of (section, text) parts: ``chrome``, ``body`` or ``comment``.
Concatenated, the parts give the raw file; the body and comment parts give the spans
recorded in sources.csv. Everything here is invented: the country, the places, the armed
groups, the outlets and the events.
"""

NOTICE_EN = (
    "FICTIONAL DOCUMENT: written for the Contested Counts second case study. The country,"
    " places, armed groups, outlets and events are invented; nothing in it happened."
)
NOTICE_AR = (
    "وثيقة مختلقة: كُتبت لدراسة الحالة الثانية في كتاب Contested Counts؛ البلد والأماكن"
    " والجماعات المسلحة ووسائل الإعلام والأحداث كلها خيالية، ولم يقع شيء منها."
)
NOTICE_AR_EN = (
    "FICTIONAL DOCUMENT: written for the Contested Counts second case study; the country,"
    " places, groups, outlets and events are invented."
)

FRONTLINE = [
    ("chrome", "FRONTLINE DISPATCH | Home | Conflicts | Analysis | Maps | Donate\n"
               + NOTICE_EN + "\n"
               "Keep us on the front line: 5 $ | 20 $ | 100 $\n"
               "APRIL 2031\n\n"
               "Jabhat al-Nasr Hands Over Tanks And Missiles As Wadi Harsan Deal Is Signed\n\n"
               "Share on social media\n\n"),
    ("body", "On 14 Apr, Jabhat al-Nasr signed an agreement with the Nadirani Army for the"
             " evacuation of the Wadi Harsan pocket, a Nadirani Army officer told Frontline"
             " Dispatch. The deal was signed at 2 pm in the town of Dayr Rafan, with Valdoria"
             " acting as mediator."),
    ("chrome", "\n\n"),
    ("body", "According to the officer, the militants began handing over their heavy weapons"
             " within hours. Nearly two dozen tanks, most of them Vesk-2s, and half a dozen"
             " KZ-57 anti-aircraft guns of 57 mm calibre were driven to an army collection"
             " point west of the town. The militants also surrendered 12 Tarvin-9 ballistic"
             " missiles, capable of striking targets 300 km away, the officer said. All the"
             " weapons were handed over in working order."),
    ("chrome", "\n\n"),
    ("body", "Under the agreement, the militants must leave the pocket within three days. Each"
             " fighter may keep his personal rifle; everything else must be handed over. The"
             " fighters and their families will be taken by bus to al-Zaburiya tomorrow,"
             " escorted by Valdorian military police."),
    ("chrome", "\n\n"),
    ("body", "The officer said that the militants' resistance collapsed after the army cut the"
             " last supply road into the pocket. Clashes on the eve of the deal killed 20 to 30"
             " fighters. Frontline Dispatch sources put the number of militants in the pocket"
             " at about 2,500."),
    ("chrome", "\n\nSupport Frontline Dispatch\n\n3 Comments\n\n"),
    ("comment", "Tomas R. · 14 April 2031 21:02\n"
                "Finally. Two dozen tanks back where they belong."),
    ("chrome", "\n\n"),
    ("comment", "Leyla_K · 14 April 2031 21:40\n"
                "And who checks that they handed over everything?"),
    ("chrome", "\n\n"),
    ("comment", "Old Gunner · 14 April 2031 22:15\n"
                "Those guns will need new barrels anyway."),
    ("chrome", "\n\nLeave a comment\n"),
]

VALDORIA = [
    ("chrome", "MINISTRY OF DEFENCE OF THE REPUBLIC OF VALDORIA | Press Office | News | Contacts\n"
               + NOTICE_EN + "\n"
               "Press release No. 118/2031 · 16.04.2031\n\n"
               "Valdorian military police escort first convoy from Wadi Harsan\n\n"),
    ("body", "Today at 2 pm, the first convoy of 2,803 people left Deir Ra’fan for al-Zaburiya"
             " under the escort of Valdorian military police, in accordance with the agreement"
             " concluded on 14 April in Nadiran."),
    ("chrome", "\n\n"),
    ("body", "The convoy is made up of 61 buses and 12 ambulances. The Ministry expects the"
             " evacuation of the remaining members of the armed formations, including Jabhat"
             " an-Nasr, to be completed by next Saturday."),
    ("chrome", "\n\n"),
    ("body", "Valdorian officers have verified the handover of 23 tanks and 6 anti-aircraft guns"
             " to the Nadirani Army. The armed formations agreed to leave because the guarantees"
             " offered by the Republic of Valdoria ensured safe passage for them and their"
             " families. Valdorian officers will remain in Deir Ra’fan for two weeks to monitor"
             " the implementation of the agreement."),
    ("chrome", "\n\nRelated: Minister receives Nadirani delegation (12.04.2031) · Annual report 2030\n"
               "© Press Office of the Ministry of Defence\n"),
]

ALWADI = [
    ("chrome", "شبكة الوادي الإخبارية | الرئيسية | أخبار الوادي | تقارير | فيديو\n"
               + NOTICE_AR + "\n" + NOTICE_AR_EN + "\n\n"
               "القافلة الثانية تغادر وادي حرسان.. والجبهة: خرجنا حقناً للدماء\n\n"),
    ("body", "شبكة الوادي - خاص"),
    ("chrome", "\n\n"),
    ("body", "انطلقت اليوم السبت القافلة الثانية من مهجّري وادي حرسان باتجاه الزابورية، بعد أن"
             " وصلت القافلة الأولى إلى هناك إثر رحلة استغرقت يومين في ظروف إنسانية صعبة."),
    ("chrome", "\n\n"),
    ("body", "وكانت القافلة الأولى قد ضمت أكثر من ألفي مقاتل من “جبهة النصر” برفقة عائلاتهم،"
             " فيما بقي نحو مئتي مقاتل في بلدة دير رعفان لتسوية أوضاعهم مع قوات النظام."),
    ("chrome", "\n\n"),
    ("body", "وقال الناطق باسم الجبهة هادي القرموزي في بيان صدر بتاريخ 16-04-2031 إن الجبهة"
             " قبلت بالخروج “حقناً لدماء المدنيين” بعد حصار خانق دام أكثر من عام، مؤكداً أن"
             " المقاتلين احتفظوا بأسلحتهم المتوسطة، وأن الدبابات سُلّمت بعد تعطيلها."),
    ("chrome", "\n\n"),
    ("body", "وأضاف القرموزي أن عشرات المدنيين أصيبوا جراء قصف قوات النظام لبلدة تل سنان"
             " بمدافع من عيار 57 ملم، قبل يوم واحد من توقيع الاتفاق."),
    ("chrome", "\n\n"),
    ("body", "ونص الاتفاق الذي وُقّع برعاية فالدورية على خروج المقاتلين خلال ثلاثة أيام، إلا أن"
             " خروجهم امتد حتى اليوم بسبب خلافات على قوائم الأسماء."),
    ("chrome", "\n\n"),
    ("body", "وبلغ عدد الخارجين في القافلتين نحو ستة آلاف شخص، بحسب ناشطين من وادي حرسان."),
    ("chrome", "\n\nشارك الخبر: فيسبوك | تويتر | واتساب\n\nأضف تعليقاً\n"),
]

NNA = [
    ("chrome", "وكالة أنباء نادران | الرئيسية | محليات | سياسة | اقتصاد | رياضة\n"
               + NOTICE_AR + "\n" + NOTICE_AR_EN + "\n"
               "تاريخ النشر: 20 نيسان/أبريل 2031 - 11:05\n\n"
               "خروج آخر دفعة من الإرهابيين من وادي حرسان.. والجيش يتسلم أسلحتهم الثقيلة\n\n"),
    ("body", "دير رعفان - وكالة أنباء نادران"),
    ("chrome", "\n\n"),
    ("body", "أعلن مصدر عسكري اليوم الأحد أن الدفعة الثانية والأخيرة من مسلحي “جبهة النصر”"
             " وعائلاتهم غادرت منطقة وادي حرسان مساء أمس السبت، تنفيذاً للاتفاق الذي جرى"
             " التوصل إليه في 14 نيسان/أبريل الجاري، والذي نص على خروج المسلحين خلال ثلاثة"
             " أيام وتسليم جميع أسلحتهم الثقيلة والمتوسطة إلى الجيش النادراني."),
    ("chrome", "\n\n"),
    ("body", "وأوضح المصدر أن القافلة الأولى التي انطلقت يوم الأربعاء ضمت ٢٨٠٣ أشخاص، فيما ضمت"
             " القافلة الثانية 3391 شخصاً، ليبلغ العدد الإجمالي للخارجين \u200f6094 شخصاً بين"
             " مسلحين وأفراد من عائلاتهم، نُقلوا جميعاً إلى الزابورية."),
    ("chrome", "\n\n"),
    ("body", "وأشار المصدر إلى أن وحدات الجيش تسلمت 23 دبابة وستة مدافع مضادة للطيران وكميات"
             " كبيرة من الذخائر، مؤكداً أنه لم يبقَ في المنطقة أي سلاح ثقيل أو متوسط."),
    ("chrome", "\n\n"),
    ("body", "وجاء الاتفاق بعد الضربات الموجعة التي وجهها الجيش إلى الإرهابيين خلال العملية"
             " العسكرية التي بدأت في 21 آذار/مارس الماضي، والتي أسفرت عن تحرير 14 قرية وأسر"
             " مئتي مقاتل، ما أجبر المسلحين على القبول بالخروج."),
    ("chrome", "\n\n"),
    ("body", "ودخلت وحدات من الجيش النادراني صباح اليوم بلدة تل سنان لتأمينها تمهيداً لعودة"
             " الأهالي إليها."),
    ("chrome", "\n\nاقرأ أيضاً: وزير الدفاع يتفقد الوحدات في قرموز | الطقس: أمطار متفرقة\n"),
]

HARBOURWIRE = [
    ("chrome", "HARBOUR WIRE · World · Conflict · Nadiran · Markets\n"
               + NOTICE_EN + "\n\n"
               "Two convoys, three counts: how the Wadi Harsan evacuation unfolded\n"
               "By Mira Castell · 21 Apr 2031 09:40 GMT · 4 min read\n\n"),
    ("body", "QARMUZ, April 21 (Harbour Wire) - The last fighters of Jabhat an-Nasr left the"
             " Wadi Harsan pocket on Saturday, five days after an agreement that gave them three"
             " days to go, according to the Nadiran Red Crescent, which counted the departures."),
    ("chrome", "\n\n"),
    ("body", "The agreement, signed in Dayr Ra'fan on 14 April with Valdoria as mediator,"
             " required the fighters to leave “within three days” and to hand over their heavy"
             " weapons before departure. The evacuation was due to start the next day but was"
             " held up by disputes over the lists of names, a Red Crescent official said."),
    ("chrome", "\n\n"),
    ("body", "The first convoy, of 2,803 people, left Dayr Ra'fan on Wednesday afternoon and"
             " reached al-Zaburiya 36\u00a0hours later. The second, of 3,391 people, left on"
             " Saturday. In a statement dated 20.04.2031, the Red Crescent put the total at"
             " 6,194 fighters and relatives. About 200 fighters chose to stay and settle their"
             " status with the authorities, the statement said."),
    ("chrome", "\n\n"),
    ("body", "Jabhat an-Nasr handed over 23 tanks and six anti-aircraft guns, the army said."
             " But Liwa Sayf al-Wadi, a smaller group that joined the deal, still holds at least"
             " 40 heavy machine guns and several mortars in the hills above Tall Sinan, a"
             " Valdorian officer told Harbour Wire on condition of anonymity."),
    ("chrome", "\n\n"),
    ("body", "Shelling of Tall Sinan on 13 April, the heaviest since 2029, wounded tens of"
             " civilians, according to the Red Crescent."),
    ("chrome", "\n\n"),
    ("body", "The two sides explain the departure differently. An army spokesman, Colonel Idris"
             " Bahhar, said the fighters “had no choice after their defeat”. Jabhat an-Nasr's"
             " spokesman, Hadi al-Qarmuzi, said the group left “to spare the civilians of Wadi"
             " Harsan a massacre” after a siege of 14 months."),
    ("chrome", "\n\nMost read\n1. Port strike enters its second week\n"
               "2. Central bank holds rates at 4.5%\n3. Ferry timetable changes from 1 May\n"),
]

# source_id -> (file name, parts), in order of publication.
DOCUMENTS = {
    "frontline": ("000_frontline.txt", FRONTLINE),
    "valdoria_mod": ("001_valdoria_mod.txt", VALDORIA),
    "alwadi": ("002_alwadi.txt", ALWADI),
    "nna": ("003_nna.txt", NNA),
    "harbourwire": ("004_harbourwire.txt", HARBOURWIRE),
}
