"""The demo guide in the participants' own languages: what a parent reads on their phone or on read-along.

Pure data, keyed like `content.GUIDE`: a section key gives its title and introduction, a question key its
text, each in English, Turkish, Arabic and Polish. Probes and notes are for the key figure and stay Dutch.
Place names stay as they are written on the street signs.
"""

SECTIONS = {
    "wijk": {
        "en": ("Raising children and growing up in the neighbourhood",
               "We start with your neighbourhood: what goes well, and what do you find hard about growing up "
               "and raising children here?"),
        "tr": ("Mahallede çocuk yetiştirmek ve büyümek",
               "Mahallenizle başlıyoruz: Burada büyümek ve çocuk yetiştirmek konusunda neler iyi gidiyor, "
               "neler size zor geliyor?"),
        "ar": ("تربية الأطفال والنشأة في الحي",
               "نبدأ بحيّك: ما الذي يسير بشكل جيد، وما الذي تجده صعبًا في نشأة الأطفال وتربيتهم هنا؟"),
        "pl": ("Wychowanie i dorastanie w dzielnicy",
               "Zaczynamy od Twojej dzielnicy: co tu działa dobrze, a co jest trudne w dorastaniu "
               "i wychowywaniu dzieci?"),
    },
    "activiteiten": {
        "en": ("Activities in the neighbourhood",
               "Now we talk about activities for parents and young people, for example at the community centre, "
               "at school or at a sports club."),
        "tr": ("Mahalledeki etkinlikler",
               "Şimdi anne babalar ve gençler için etkinlikler hakkında konuşacağız, örneğin mahalle evinde, "
               "okulda veya bir spor kulübünde."),
        "ar": ("الأنشطة في الحي",
               "الآن نتحدث عن الأنشطة للآباء والأمهات والشباب، مثلًا في المركز المجتمعي أو في المدرسة "
               "أو في نادٍ رياضي."),
        "pl": ("Zajęcia w dzielnicy",
               "Teraz porozmawiamy o zajęciach dla rodziców i młodzieży, na przykład w domu sąsiedzkim, "
               "w szkole albo w klubie sportowym."),
    },
    "school": {
        "en": ("School and raising children",
               "Then school. Many parents talk about their child at school. We want to know what that is like "
               "for you."),
        "tr": ("Okul ve çocuk yetiştirme",
               "Sonra okul. Birçok anne baba çocuğu hakkında okulda konuşur. Bunun sizin için nasıl olduğunu "
               "bilmek istiyoruz."),
        "ar": ("المدرسة والتربية",
               "ثم المدرسة. كثير من الآباء والأمهات يتحدثون في المدرسة عن طفلهم. نريد أن نعرف كيف يكون ذلك "
               "بالنسبة لك."),
        "pl": ("Szkoła i wychowanie",
               "Teraz szkoła. Wielu rodziców rozmawia w szkole o swoim dziecku. Chcemy wiedzieć, jak to wygląda "
               "u Ciebie."),
    },
    "hulp": {
        "en": ("Help and support",
               "Some families look for help, others do not. Both are fine. We want to know how that goes for you."),
        "tr": ("Yardım ve destek",
               "Bazı aileler yardım arar, bazıları aramaz. İkisi de olur. Bunun sizin için nasıl olduğunu bilmek "
               "istiyoruz."),
        "ar": ("المساعدة والدعم",
               "بعض العائلات تبحث عن مساعدة، وبعضها لا. كلاهما مقبول. نريد أن نعرف كيف يكون ذلك بالنسبة لك."),
        "pl": ("Pomoc i wsparcie",
               "Niektóre rodziny szukają pomocy, inne nie. Jedno i drugie jest w porządku. Chcemy wiedzieć, "
               "jak to wygląda u Ciebie."),
    },
    "samen": {
        "en": ("Together with others", "Now a few questions about other parents, about language and about customs."),
        "tr": ("Başkalarıyla birlikte", "Şimdi diğer anne babalar, dil ve alışkanlıklar hakkında birkaç soru."),
        "ar": ("مع الآخرين", "الآن بعض الأسئلة عن الآباء والأمهات الآخرين، وعن اللغة، وعن العادات."),
        "pl": ("Razem z innymi", "Teraz kilka pytań o innych rodziców, o język i o zwyczaje."),
    },
    "wensen": {
        "en": ("Wishes and ideas",
               "Finally: what could be better? You are the expert on your own neighbourhood."),
        "tr": ("İstekler ve fikirler",
               "Son olarak: Ne daha iyi olabilir? Kendi mahallenizi en iyi siz bilirsiniz."),
        "ar": ("الأمنيات والأفكار", "أخيرًا: ما الذي يمكن أن يكون أفضل؟ أنت الخبير في حيّك."),
        "pl": ("Życzenia i pomysły", "Na koniec: co może być lepsze? To Ty najlepiej znasz swoją dzielnicę."),
    },
}

QUESTIONS = {
    "wijk_fijn": {
        "en": "What do you like about growing up and raising children in Seghwaert?",
        "tr": "Seghwaert'te büyümenin ve çocuk yetiştirmenin nesini seviyorsunuz?",
        "ar": "ما الذي يعجبك في نشأة الأطفال وتربيتهم في Seghwaert؟",
        "pl": "Co lubisz w dorastaniu i wychowywaniu dzieci w Seghwaert?",
    },
    "wijk_zorgen": {
        "en": "What worries you when you think about your children in the neighbourhood?",
        "tr": "Mahalledeki çocuklarınızı düşündüğünüzde sizi neler endişelendiriyor?",
        "ar": "ما الذي يقلقك عندما تفكر في أطفالك في الحي؟",
        "pl": "Co Cię martwi, kiedy myślisz o swoich dzieciach w dzielnicy?",
    },
    "wijk_veilig": {
        "en": "How safe do you and your children feel on the street and in the neighbourhood?",
        "tr": "Siz ve çocuklarınız sokakta ve mahallede kendinizi ne kadar güvende hissediyorsunuz?",
        "ar": "إلى أي مدى تشعر أنت وأطفالك بالأمان في الشارع وفي الحي؟",
        "pl": "Jak bezpiecznie czujecie się Ty i Twoje dzieci na ulicy i w dzielnicy?",
    },
    "act_kennen": {
        "en": "Which activities for parents or young people in the neighbourhood do you know?",
        "tr": "Mahallede anne babalar veya gençler için hangi etkinlikleri biliyorsunuz?",
        "ar": "ما الأنشطة التي تعرفها في الحي للآباء والأمهات أو للشباب؟",
        "pl": "Jakie zajęcia dla rodziców lub młodzieży znasz w dzielnicy?",
    },
    "act_waarom": {
        "en": "Do you or your children go to those activities? Why or why not?",
        "tr": "Siz veya çocuklarınız bu etkinliklere gidiyor musunuz? Neden gidiyorsunuz ya da neden gitmiyorsunuz?",
        "ar": "هل تذهب أنت أو يذهب أطفالك إلى هذه الأنشطة؟ لماذا نعم أو لماذا لا؟",
        "pl": "Czy Ty albo Twoje dzieci chodzicie na te zajęcia? Dlaczego tak albo dlaczego nie?",
    },
    "act_info": {
        "en": "How do you hear about activities and help in the neighbourhood?",
        "tr": "Mahalledeki etkinlikleri ve yardımı nereden duyuyorsunuz?",
        "ar": "كيف تسمع عن الأنشطة والمساعدة في الحي؟",
        "pl": "Skąd dowiadujesz się o zajęciach i pomocy w dzielnicy?",
    },
    "school_praten": {
        "en": "Who do you talk to when things are not going well with your child at home or at school?",
        "tr": "Çocuğunuzla evde veya okulda işler iyi gitmediğinde kiminle konuşuyorsunuz?",
        "ar": "مع من تتحدث عندما لا تسير الأمور بشكل جيد مع طفلك في البيت أو في المدرسة؟",
        "pl": "Z kim rozmawiasz, kiedy w domu albo w szkole coś jest nie tak z Twoim dzieckiem?",
    },
    "school_contact": {
        "en": "What is the contact like between you and your child's school?",
        "tr": "Sizinle çocuğunuzun okulu arasındaki iletişim nasıl?",
        "ar": "كيف هو التواصل بينك وبين مدرسة طفلك؟",
        "pl": "Jak wygląda kontakt między Tobą a szkołą Twojego dziecka?",
    },
    "school_passend": {
        "en": "Does your child get the help and the education they need at school?",
        "tr": "Çocuğunuz okulda ihtiyacı olan yardımı ve eğitimi alıyor mu?",
        "ar": "هل يحصل طفلك في المدرسة على المساعدة والتعليم الذي يحتاجه؟",
        "pl": "Czy Twoje dziecko dostaje w szkole pomoc i naukę, których potrzebuje?",
    },
    "hulp_ervaring": {
        "en": "Have you ever looked for help for your child or for yourself? How did that go?",
        "tr": "Hiç çocuğunuz veya kendiniz için yardım aradınız mı? Nasıl geçti?",
        "ar": "هل بحثت يومًا عن مساعدة لطفلك أو لنفسك؟ كيف جرى ذلك؟",
        "pl": "Czy zdarzyło Ci się szukać pomocy dla dziecka albo dla siebie? Jak to wyglądało?",
    },
    "hulp_drempel": {
        "en": "What makes it hard, or easy, to ask for help?",
        "tr": "Yardım istemeyi ne zorlaştırıyor ya da ne kolaylaştırıyor?",
        "ar": "ما الذي يجعل طلب المساعدة صعبًا أو سهلًا؟",
        "pl": "Co sprawia, że trudno albo łatwo jest poprosić o pomoc?",
    },
    "hulp_samenwerking": {
        "en": "How do the school, the care workers and you work together?",
        "tr": "Okul, yardım uzmanları ve siz nasıl birlikte çalışıyorsunuz?",
        "ar": "كيف تتعاون المدرسة والعاملون في تقديم المساعدة وأنت معًا؟",
        "pl": "Jak współpracujecie: szkoła, osoby udzielające pomocy i Ty?",
    },
    "samen_ouders": {
        "en": "Do you ever talk with other parents about raising children? What does that give you?",
        "tr": "Diğer anne babalarla çocuk yetiştirme hakkında konuşuyor musunuz? Bu size ne kazandırıyor?",
        "ar": "هل تتحدث أحيانًا مع آباء وأمهات آخرين عن التربية؟ ماذا يفيدك ذلك؟",
        "pl": "Czy rozmawiasz czasem z innymi rodzicami o wychowaniu? Co Ci to daje?",
    },
    "samen_taal": {
        "en": "Do language or culture play a part when you look for help or information?",
        "tr": "Yardım veya bilgi ararken dil ya da kültür bir rol oynuyor mu?",
        "ar": "هل تلعب اللغة أو الثقافة دورًا عندما تبحث عن مساعدة أو معلومات؟",
        "pl": "Czy język albo kultura mają znaczenie, kiedy szukasz pomocy lub informacji?",
    },
    "wens_verandering": {
        "en": "What should the municipality or the school change?",
        "tr": "Belediye veya okul neyi değiştirmeli?",
        "ar": "ما الذي يجب أن تغيّره البلدية أو المدرسة؟",
        "pl": "Co powinna zmienić gmina albo szkoła?",
    },
    "wens_zelf": {
        "en": "What would you like to do yourself, or what would you like to help with?",
        "tr": "Siz kendiniz ne yapmak isterdiniz veya neye katkıda bulunmak isterdiniz?",
        "ar": "ماذا تودّ أن تفعل بنفسك، أو في أي شيء تودّ أن تشارك؟",
        "pl": "Co chcesz zrobić samodzielnie albo przy czym chcesz pomóc?",
    },
    "wens_anders": {
        "en": "Is there anything else you want to tell us that we did not ask?",
        "tr": "Sormadığımız ama anlatmak istediğiniz başka bir şey var mı?",
        "ar": "هل تريد أن تخبرنا بشيء آخر لم نسأل عنه؟",
        "pl": "Czy chcesz powiedzieć coś jeszcze, o co nie zapytaliśmy?",
    },
}
