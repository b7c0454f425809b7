// The most popular given names and surnames by country, as Wikipedia lists them ("List of most popular
// given names", "Lists of most common surnames", July 2023), from the names-by-country dataset by sigpwned
// (github.com/sigpwned/popular-names-by-country-dataset, CC0 1.0): the romanized forms for the countries
// whose families often live in German districts (Arab states and the Maghreb, Iran, Pakistan, Mali, the
// Balkans and Kosovo, the Caucasus, Central Asia, Turkey, Eastern and Central Europe, South Asia).
// Left out: every name that is also a word of Debian's German word list (wngerman), such as "Lilien" or
// "Rosen", which in these texts are nouns far more often than names; the faker lists cover the common ones.

export const WIKIPEDIA_FORENAMES =
  "Mariam Sara Sarah Fatma Ayesha Noor Mohammad Ali Omar Ahmad Ahmed Abdulla Abdullah Amelia Ajla Aria " +
  "Amelja Leandra Ambra Klea Melisa Amaris Reina Noel Aron Joel Roan Amar Mateo Alteo Roel Luis Dion " +
  "Anahit Gayane Karine Hasmik Lusine Susanna Armine Narine Lilit Artur Karen Samvel Gevorg Ashot Davit " +
  "Arman Hovhannes Gagik Nare Arpi Maneh Angelina Mari Sofi Narek Tigran Areg Hayk Mikayel Aleks Areni " +
  "Elchin Vugar Anar Elnur Samir Elshan Rashad Ilgar Vusal Zahra Aylin Zeynab Maryam Nilay Malak Ayla " +
  "İnci Nuray Huseyn Yusif Mahammad Raul Murad Tunar Sevinj Gunel Leyla Aygun Gunay Sevda Vusala Konul " +
  "Aysel Tarana Merjem Asja Esma Amina Ema Hana Lejla Lamija Dalila Davud Hamza Adin Džan Daris Eman " +
  "Harun Abdul Muhammad Syed Kazi Sheikh Hasan Alisa Hanna Maryja Safija Maksim Michail Eliška Adéla " +
  "Tereza Sofie Viktorie Karolína Natálie Amálie Julie Jakub Tomáš Matyáš Filip Vojtěch Lukáš Matěj " +
  "Abdelkader Rachid Said Brahim Djamel Imene Yasmine Lyna Meriem Karima Melissa Lydia Marina Irene " +
  "Habiba Farah Marwa Nada Salma Pierre Mina Beshoi Kirollos Fadi Habib Shaimaa Maha Reem Farida Aya " +
  "Shahd Ashraqat Sahar Fatin Dalal Doha Fajr Suha Rowan Hosniya Hasnaa Hosna Gamila Gamalat Mohamed " +
  "Youssef Mahmoud Mustafa Yassin Taha Khaled Bilal Ibrahim Hassan Karim Tareq Abdel-Rahman Halim Selim " +
  "Abdallah Mia Lucija Nika Rita Mila Marta Ana Luka Jakov Roko Petar Niko Matej Fran Josip Zoé Léna " +
  "Luca Boglárka Lili Lara Levente Máté Bence Olivér Marcell Dániel Zalán Ádám Aditi Inaya Aarya Kiara " +
  "Aadhya Vamika Pari Jiya Mehar Amayra Shivansh Dhruv Kabir Vedant Kiaan Aarav Arjun Viraj Muhammed " +
  "Hydar Kathem Ammar Fatemeh Helma Zeinab Yasna Ava Mersana Nazanin-Zahra Baran Fatemeh-Zahra Amir-Ali " +
  "Amir-Hossein Hossein AbulFazl Amir-Abbas Samyar Mohammad-Taha Ma'soumeh Sakineh Roghayyeh Khadije " +
  "Somayyeh Mahdi Reza Mohammad-Reza Abbas Ali-Reza Jouri Naya Mira Lianne Leen Zina Wateen Tuleen " +
  "Karam Shahem Jad Hashem Hussa Sherifa Aisha Lulwa Shaikha Fahad Yousef Abdulaziz Faisal Bader " +
  "Jessica Layla Amal Elie Charbel Joe Sofija Emilija Luknė Amelija Kamilė Lėja Gabija Patricija Elija " +
  "Liepa Markas Benas Jokūbas Dominykas Herkus Lukas Jonas Matas Kajus Adomas Alise Amēlija Dārta Elza " +
  "Marks Gustavs Jēkabs Emīls Kārlis Rania Hoda Mona Eisha Nesreen Inès Noûr Assia Aïcha Nora Amira " +
  "Amir Naïm Ayoub Younès Wassim Amine Victoria Daria Anastasia Evelina Matei Maxim Bogdan Alexandru " +
  "Damian Artiom Dunja Bogdana Teodora Maša Ksenija Anastasija Lazar Vuk Vasilije Viktor Andrej Jovan " +
  "Marija Elena Biljana Vesna Snezana Violeta Aleksandra Suzana Katerina Ivana Aleksandar Zoran Nikola " +
  "Goran Dragan Dejan Igor Ilija Fatoumata Aminata Hawa Awa Oumou Djeneba Bintou Fanta Kadiatou Mamadou " +
  "Moussa Mahamadou Adama Bakary Abdoulaye Modibo Oumar Sekou Souleymane Fozia Bismah Sobia Farrah " +
  "Farzana Sakeena Zainab Hussain Usman Zahid Shahid Saqib Nomaan Zofia Zuzanna Maja Laura Oliwia " +
  "Alicja Lena Pola Antoni Aleksander Franciszek Nikodem Leon Stanisław Mikołaj Szymon Andreea Lina Lea " +
  "Natalija Relja Noa Teo Matija Danijel Latifa Hessa Maysoun Nouf Reema Alanoud Fahd Abdulrahman Turki " +
  "Bandar Zala Julija Ajda Vita Lana Neža Nik Liam Lovro Žan Viktória Natália Nela Sára Olivia Michal " +
  "Sumayah Asiya Oisha Googoosh Anohito Yusuf Abdullo Abubakr Shayma Khawla Mehdi Aziz Ayşe Emine " +
  "Hatice Zeynep Elif Meryem Şerife Zehra Mehmet Ahmet Hüseyin İsmail Osman Asel Asya Defne Nehir Azra " +
  "Zümra Eylül Ecrin Alparslan Miraç Ömer Asaf Eymen Göktug Aras Anastasiya Veronika Sofiya Oleksandra " +
  "Mariya Viktoriya Milana Yeva Solomiya Artem Dmytro Maksym Mykhaylo Danylo Vladyslav Oleksandr Andriy " +
  "Lyn Hur Lian Yousouf Abd Nikol Raya Yoana Dragana Gabriela Simona Georgi Kaloyan Dimitar Teodor " +
  "Eleni Androula Georgia Panagiota Ioanna Kyriaki Georgios Konstantinos Christos Nikolaos Michalis " +
  "Panagiotis Ioannis Marios Dimitrios Mariami Nino Elene Barbare Lile Nia Nutsa Sesili Andria Giorgi " +
  "Aleksandre Nikoloz Demetre Gabor Aikaterini Vasiliki Angeliki Gogo Dimitra Konstantina Paraskevi " +
  "Vasileios Athanasios Saliha Rayana Fátima Aliya Safiya Aruuzat Hadicha Aruuke Umar Alikhan Alinur " +
  "Nurislam Emir Mädïna Asilim Ayşa Ayala Ayzere Tomyris Ayim Aisultan Aldiyar Ramazan Jelena Milica " +
  "Milena Radmila Ljiljana Marko Miloš Jana Bisera Jovana Darija Damjan Mihail Mirjana Snežana Gordana " +
  "Dušan";

export const WIKIPEDIA_SURNAMES =
  "Grigoryan Harutyunyan Sargsyan Hovhannisyan Khachatryan Hakobyan Petrosyan Vardanyan Gevorgyan " +
  "Karapetyan Mkrtchyan Ghazaryan Manukyan Avetisyan Poghosyan Martirosyan Sahakyan Arakelyan Margaryan " +
  "Davtyan Mammadov Aliyev Huseynov Hasanov Guliyev Ismayilov Ahmadov Abdullayev Abbasov Jafarov Akter " +
  "Khatun Hossain Rahman Ahmed Beridze Mamedov Mamedovi Kapanadze Gelashvili Alievi Maisuradze " +
  "Giorgadze Lomidze Tsiklauri Bolkvadze Kvaratskhelia Nozadze Khutsishvili Shengelia Abuladze " +
  "Mikeladze Tabatadze Mchedlishvili Bairamov Bairamovi Gogoladze Devi Kumar Singh Sharma Ali Yadav " +
  "Patel Ahmetov Omarov Kim Ospanov Ivanov Aliev Suleimenov Iskakov Abdrahmanov Ibragimov Kaliev " +
  "Sadykov Ibraev Kuznetsov Popov Smagulov Abdullaev Isaev Sultanov Iusupov Ismailov Nurgaliev Karimov " +
  "Серик Li Tsoi Amangeldy Bolat Bondarenko Marat Серикбай Murat Kusainov Yılmaz Kaya Demir Şahin Çelik " +
  "Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Özkan Şimşek Hoxha " +
  "Prifti Shehu Dervishi Bektashi Begu Gjoni Leka Murati Mehmeti Hysi Gjika Marku Kola Kolla Nikolla " +
  "Hasani Kristi Kristo Luka Brahimi Sinani Thanasi Halili Abazi Dibra Laçi Shkodra Prishtina Delvina " +
  "Koroveshi Përmeti Frashëri Gega Gegaj Toska Toskaj Çami Kelmendi Shkreli Berisha Krasniqi Gashi Kuqi " +
  "Bardhi Ivanoŭ Kazloŭ Kavalioŭ Kazloŭski Novik Hodžić Hadžić Čengić Delić Demirović Kovačević " +
  "Tahirović Ferhatović Muratović Ibrahimović Hasanović Mehmedović Salihović Terzić Ademović Adilović " +
  "Delemović Zukić Krličević Suljić Ahmetović Subotić Savić Popović Jovanović Petrović Đurić Babić " +
  "Lukić Knežević Marković Ilić Đukić Vuković Vujić Simić Radić Nikolić Marić Mitrović Tomić Božić " +
  "Golubović Mirković Ivanova Georgiev Georgieva Dimitrov Dimitrova Petrov Petrova Nikolov Nikolova " +
  "Hristov Hristova Stoyanov Stoyanova Todorov Todorova Iliev Ilieva Angelov Angelova Horvat Jurić " +
  "Novak Kovačić Matić Pavlović Kovač Blažević Grgić Pavić Perić Filipović Šarić Lovrić Vidović " +
  "Perković Bošnjak Jukić Barišić Novák Nováková Svoboda Svobodová Novotný Novotná Dvořák Dvořáková " +
  "Černý Černá Procházka Procházková Kučera Kučerová Veselý Veselá Horák Horáková Němec Němcová Samaras " +
  "Papoutsis Kritikos Aivaliotis Mytaras Koufos Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh " +
  "Farkas Balogh Lakatos Takács Juhász Mészáros Oláh Rácz Fekete Szilágyi Török Fehér Balázs Gál Morina " +
  "Shala Bytyqi Kastrati Kryeziu Hoti Fatime Bajram Emine Bekim Afërdita Valon Egzon Arben Ramadan " +
  "Muhamet Bērziņš Kalniņš Ozoliņš Jansons Ozols Liepiņš Krūmiņš Balodis Eglītis Zariņš Pētersons " +
  "Vītols Kļaviņš Kārkliņš Vanags Kazlauskas Kazlauskienė Jankauskas Jankauskienė Petrauskas " +
  "Petrauskienė Stankevičius Stankevičienė Vasiliauskas Vasiliauskienė Butkus Butkienė Žukauskas " +
  "Žukauskienė Paulauskas Paulauskienė Urbonas Urbonienė Kavaliauskas Kavaliauskienė Rusu Ceban Ciobanu " +
  "Țurcan Cebotari Sîrbu Lungu Munteanu Rotari Popa Ursu Guțu Roșca Melnic Cojocari Vujović Radović " +
  "Ivanović Radulović Perović Andov Bogdanov Bozinov Brankov Damcevski Davidov Donev Filipov Ivanovski " +
  "Janev Kitanovski Koloski Kostovski Kostov Manasievski Markovski Markoski Matovski Mladenovski " +
  "Nikolovski Pavlovski Penov Petkov Petrevski Petrovski Popoff Popovski Ristevski Stojanov Trajanoski " +
  "Trajanovski Trajcevski Trajkovski Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski " +
  "Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk " +
  "Kaczmarek Piotrowski Grabowski Popescu Radu Dumitru Stan Stoica Gheorghe Matei Ionescu Đorđević " +
  "Stojanović Stanković Milošević Kováč Baláž Balog Lukáč Polák Gajdoš Kollár Hudák Neméth Kováčik " +
  "Oravec Kovačič Krajnc Zupančič Potočnik Mlakar Kos Vidmar Golob Turk Božič Kralj Korošec Zupan " +
  "Bizjak Hribar Kotnik Kavčič Rozman Kastelic Oblak Žagar Petek Hočevar Kolar Košir Koren Klemenčič " +
  "Melnyk Shevchenko Boyko Kovalenko Tkachenko Kovalchuk Kravchenko Yakovenko Shevchuk Koval Polishchuk " +
  "Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko";
