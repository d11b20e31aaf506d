import { env } from "~/utils/env.server";
import type { Locale } from "~/utils/i18n";

/**
 * The pages that tell shoppers and producers who stands behind the market and what happens when
 * something goes wrong. Long text, so it lives here and is sent only with its own page, not with
 * every page's strings. Every page exists in all three languages (a unit test checks the shape).
 */
import type { TrustSlug } from "~/models/trust/trust-slugs";

export type TrustSection = { heading: string; paragraphs: string[] };
export type TrustContent = { title: string; description: string; sections: TrustSection[] };

const az: Record<TrustSlug, TrustContent> = {
  contact: {
    title: "Əlaqə",
    description: "ABAD Market-in arxasında “ABAD” publik hüquqi şəxsi dayanır. Sualınız, təklifiniz və ya şikayətiniz varsa, bizə yazın.",
    sections: [
      {
        heading: "Sifarişlə bağlı sual",
        paragraphs: [
          "Sifariş barədə ən tez cavabı istehsalçının özü verir: sifariş səhifəsində onun telefonu və ünvanı var. Məsələ həll olunmasa, sifariş nömrəsini qeyd edərək bizə yazın, iki iş günü ərzində cavab veririk.",
        ],
      },
      {
        heading: "Satıcı olmaq istəyirsiniz?",
        paragraphs: [
          "Ailə təsərrüfatınızın məhsullarını satmaq üçün “Satıcı ol” səhifəsindən müraciət edin. Müraciətinizə proqramın mentoru baxacaq və sizinlə əlaqə saxlayacaq.",
        ],
      },
      {
        heading: "İş saatları",
        paragraphs: ["Bazar ertəsi – cümə, 09:00–18:00 (Bakı vaxtı). Bayram günlərində cavab bir az gecikə bilər."],
      },
    ],
  },
  delivery: {
    title: "Çatdırılma və gəlib götürmə",
    description: "Hər istehsalçı öz sifarişini özü göndərir. Səbətdə bir neçə istehsalçının məhsulu varsa, hər biri üçün ayrıca sifariş yaranır.",
    sections: [
      {
        heading: "Çatdırılma",
        paragraphs: [
          "Çatdırılma haqqını istehsalçı müəyyən edir və o, sifarişi rəsmiləşdirərkən hər istehsalçı üçün ayrıca göstərilir. Sifarişi istehsalçı təsdiqləyəndən sonra adətən 1–3 iş günü ərzində göndərir; uzaq rayonlara çatdırılma bir az çox çəkə bilər.",
          "Sifariş göndəriləndə statusu “Göndərildi” olur və sizə məktub gəlir. Qapıda nağd ödənişdə pulu kuryerə və ya istehsalçıya məhsulu alanda verirsiniz.",
        ],
      },
      {
        heading: "Gəlib götürmə",
        paragraphs: [
          "Bəzi istehsalçılar məhsulu öz emalatxanasında və ya mağazasında təhvil verir. Ünvan məhsul səhifəsində və sifariş təsdiqində yazılıb. Sifariş “Götürməyə hazırdır” statusuna keçəndə gələ bilərsiniz.",
        ],
      },
      {
        heading: "Turlar, ustad dərsləri və qalma",
        paragraphs: [
          "Təcrübələr üçün heç nə göndərilmir: seçdiyiniz tarixdə və saatda görüş yerinə gəlirsiniz. Görüş yeri məhsul səhifəsində və sifariş məktubunda göstərilir.",
        ],
      },
    ],
  },
  returns: {
    title: "Qaytarma və pulun geri ödənilməsi",
    description: "Məhsul zədəli, səhv və ya təsvirdəki kimi deyilsə, pulunuzu qaytarırıq və ya məhsulu dəyişirik.",
    sections: [
      {
        heading: "Qida məhsulları",
        paragraphs: [
          "Tez xarab olan məhsullarda (bal, pendir, mürəbbə, meyvə və s.) problemi məhsulu aldığınız gün, ən geci 24 saat ərzində bildirin və mümkünsə şəkil göndərin. Keyfiyyəti qaydasında olan qida məhsulları, məhsul səhifəsində başqa cür yazılmayıbsa, geri qəbul edilmir.",
        ],
      },
      {
        heading: "Əl işləri və digər məhsullar",
        paragraphs: [
          "İstifadə olunmamış malı çatdırılmadan sonra neçə gün ərzində geri aldığını hər ailə özü müəyyən edir; bu müddət və məhsulun ümumiyyətlə geri alınıb-alınmadığı məhsul səhifəsində yazılıb (ölçüyə görə hazırlanan, m² ilə satılan mallar adətən geri alınmır). Qaytarma sorğusunu sifarişinizin səhifəsindən göndərin. Qaytarmanın çatdırılma xərcini, mal qüsurlu deyilsə, alıcı ödəyir.",
        ],
      },
      {
        heading: "Təcrübələr",
        paragraphs: [
          "Tur, ustad dərsi və ya qalmanı başlanmasına 48 saat qalana qədər ödənişsiz ləğv edə bilərsiniz. Sonrakı ləğvlər istehsalçı ilə razılaşdırılır.",
        ],
      },
      {
        heading: "Pul necə qaytarılır",
        paragraphs: [
          "Kartla ödənilmiş sifarişdə pul həmin karta qaytarılır; bankınızdan asılı olaraq hesabda 5–10 iş günü ərzində görünür. Nağd ödənişdə pulu istehsalçı özü qaytarır. Hər iki halda sifarişin statusu “Ləğv edildi” və ya “Pul geri qaytarıldı” olur.",
        ],
      },
    ],
  },
  privacy: {
    title: "Məxfilik",
    description: "Yalnız sifarişi çatdırmaq və hesabınızı qorumaq üçün lazım olan məlumatları saxlayırıq. Onları satmırıq və reklam üçün istifadə etmirik.",
    sections: [
      {
        heading: "Hansı məlumatları saxlayırıq",
        paragraphs: [
          "Hesab üçün: adınız, e-poçtunuz, telefonunuz və şifrənizin geri açılmayan şifrələnmiş forması (şifrənin özü saxlanılmır). Sifariş üçün: çatdırılma ünvanı, sifariş etdiyiniz məhsullar və ödəniş üsulu. Kart məlumatları bizə gəlmir: kartla ödəniş Stripe-ın təhlükəsiz səhifəsində olur.",
          "İstehsalçılara sifarişi yerinə yetirmək üçün yalnız adınız, telefonunuz və ünvanınız görünür.",
        ],
      },
      {
        heading: "Kukilər",
        paragraphs: ["Yalnız saytın işləməsi üçün lazım olan kukilərdən istifadə edirik: giriş, səbət və dil seçimi. Reklam və izləmə kukiləri yoxdur."],
      },
      {
        heading: "Statistika",
        paragraphs: [
          "İstehsalçılara hansı məhsulların axtarıldığını və baxıldığını göstərmək üçün baxış və axtarışları adsız sayırıq: bu qeydlərdə kimin baxdığı yazılmır.",
          "Yüklənən şəkillərdən kamera və yer (GPS) məlumatları silinir.",
        ],
      },
      {
        heading: "Hüquqlarınız",
        paragraphs: [
          "Haqqınızda saxlanılan məlumatların surətini istəyə, düzəliş edilməsini və ya hesabınızın silinməsini tələb edə bilərsiniz. Bunun üçün “Əlaqə” səhifəsindəki ünvana yazın.",
        ],
      },
    ],
  },
  terms: {
    title: "İstifadə şərtləri",
    description: "ABAD Market ailə təsərrüfatlarını alıcılarla birləşdirən meydançadır. Bu şərtlər saytdan istifadə edən hər kəsə aiddir.",
    sections: [
      {
        heading: "Kim satır",
        paragraphs: [
          "Hər məhsulu onu istehsal edən ailə təsərrüfatı satır və məhsulun keyfiyyətinə o cavabdehdir. “ABAD” publik hüquqi şəxsi satıcıları seçir, elanlarını yoxlayır və mübahisəli hallarda vasitəçi olur.",
        ],
      },
      {
        heading: "Qiymətlər və sifariş",
        paragraphs: [
          "Qiymətlər manatla göstərilir. Çatdırılma haqqı ayrıca yazılır. Sifariş istehsalçı onu təsdiqləyəndə qüvvəyə minir; məhsul tükənibsə və ya tarix doludursa, istehsalçı sifarişi ləğv edə bilər, ödənilmiş pul tam qaytarılır.",
        ],
      },
      {
        heading: "Rəylər",
        paragraphs: [
          "Rəyi yalnız məhsulu həqiqətən almış alıcı yaza bilər. Təhqir, şəxsi məlumat və ya reklam olan rəyləri əməkdaşlarımız səbəbini qeyd edərək gizlədə bilər.",
        ],
      },
      {
        heading: "Hesab",
        paragraphs: ["Hesabınızın şifrəsini başqası ilə bölüşməyin. Qaydaları pozan hesablar dayandırıla bilər."],
      },
    ],
  },
  verified: {
    title: "“ABAD təsdiqli” nə deməkdir",
    description: "Bu nişan istehsalçının ABAD proqramının iştirakçısı olduğunu və mentorun onun təsərrüfatını yerində yoxladığını göstərir.",
    sections: [
      {
        heading: "Nişanı kim alır",
        paragraphs: [
          "Nişanı proqramın mentoru verir: o, ailə təsərrüfatında olub, məhsulun necə hazırlandığını görüb və qeydiyyat sənədlərini, qida məhsullarında isə gigiyena tələblərini yoxlayıb.",
          "İstehsalçı öz təsərrüfatına aid heç nəyi özü təsdiqləyə bilməz: nişanı başqa əməkdaş verir və hər qərar jurnalda qeyd olunur.",
        ],
      },
      {
        heading: "Nişan nəyə zəmanət vermir",
        paragraphs: [
          "Nişan hər bir partiyanın keyfiyyətinə zəmanət deyil. Problem olarsa, bizə yazın: qaytarma qaydaları bütün satıcılara eyni cür tətbiq olunur.",
        ],
      },
      {
        heading: "Bütün elanlar yoxlanılır",
        paragraphs: [
          "Nişanı olsun-olmasın, hər yeni elan, eləcə də satışdakı elanın mətnində və şəkillərində edilən dəyişiklikləri alıcılar görməzdən əvvəl mentor yoxlayır. Qaydaları pozan istehsalçıdan nişan geri alınır.",
        ],
      },
    ],
  },
};

const en: Record<TrustSlug, TrustContent> = {
  contact: {
    title: "Contact",
    description: "ABAD Market is run by the ABAD public legal entity. Write to us with questions, suggestions or complaints.",
    sections: [
      {
        heading: "Questions about an order",
        paragraphs: [
          "The producer answers fastest: their phone and address are on your order page. If that does not solve it, write to us with the order number; we answer within two working days.",
        ],
      },
      {
        heading: "Want to sell with us?",
        paragraphs: ["Apply on the “Sell with us” page. A programme mentor reads every application and gets in touch."],
      },
      { heading: "Opening hours", paragraphs: ["Monday to Friday, 09:00–18:00 (Baku time). Answers may take a little longer on public holidays."] },
    ],
  },
  delivery: {
    title: "Delivery and pickup",
    description: "Each producer sends their own order. If your cart holds goods from several producers, each of them gets a separate order.",
    sections: [
      {
        heading: "Delivery",
        paragraphs: [
          "Each producer sets their own delivery fee; checkout shows it per producer. Once the producer confirms the order they usually ship within 1–3 working days; remote districts may take a little longer.",
          "When the order is shipped its status becomes “Shipped” and you get an e-mail. With cash on delivery you pay the courier or the producer when you receive the goods.",
        ],
      },
      {
        heading: "Pickup",
        paragraphs: [
          "Some producers hand orders over at their workshop or shop. The address is on the product page and in the order confirmation. Come by once the order is “Ready for pickup”.",
        ],
      },
      {
        heading: "Tours, workshops and stays",
        paragraphs: [
          "Nothing is shipped for an experience: you come to the meeting point on the date and time you booked. The meeting point is on the product page and in the order e-mail.",
        ],
      },
    ],
  },
  returns: {
    title: "Returns and refunds",
    description: "If something arrives damaged, wrong or not as described, we refund you or replace it.",
    sections: [
      {
        heading: "Food",
        paragraphs: [
          "For perishable food (honey, cheese, jam, fruit and so on) tell us on the day you receive it, at the latest within 24 hours, with a photo if you can. Food of proper quality is not taken back, unless its product page says it is.",
        ],
      },
      {
        heading: "Handicrafts and other goods",
        paragraphs: [
          "Each family sets how long after delivery it takes unused goods back; the product page says it, and whether that product is taken back at all (goods made to measure, priced per m², usually are not). Ask for a return on your order's page. Unless the item is faulty, the shopper pays the return delivery.",
        ],
      },
      {
        heading: "Experiences",
        paragraphs: [
          "You can cancel a tour, workshop or stay free of charge up to 48 hours before it starts. Later cancellations are agreed with the producer.",
        ],
      },
      {
        heading: "How money comes back",
        paragraphs: [
          "Card payments are refunded to the same card; depending on your bank it shows within 5–10 working days. Cash payments are refunded by the producer. Either way the order status becomes “Cancelled” or “Refunded”.",
        ],
      },
    ],
  },
  privacy: {
    title: "Privacy",
    description: "We keep only what we need to deliver your order and protect your account. We do not sell it or use it for advertising.",
    sections: [
      {
        heading: "What we keep",
        paragraphs: [
          "For your account: your name, e-mail, phone and a one-way hash of your password (never the password itself). For orders: the delivery address, what you ordered and how you paid. Card details never reach us: card payments happen on Stripe's secure page.",
          "Producers see only your name, phone and address, to fulfil your order.",
        ],
      },
      { heading: "Cookies", paragraphs: ["Only the cookies the site needs: sign-in, cart and language. No advertising or tracking cookies."] },
      {
        heading: "Statistics",
        paragraphs: [
          "To show producers what shoppers look for, we count views and searches anonymously: these records do not say who looked.",
          "Camera and location (GPS) data are removed from every uploaded photo.",
        ],
      },
      {
        heading: "Your rights",
        paragraphs: [
          "You can ask for a copy of the data we keep about you, have it corrected, or have your account deleted: write to the address on the Contact page.",
        ],
      },
    ],
  },
  terms: {
    title: "Terms of use",
    description: "ABAD Market is a marketplace that connects family businesses with shoppers. These terms apply to everyone who uses the site.",
    sections: [
      {
        heading: "Who sells",
        paragraphs: [
          "Each product is sold by the family business that makes it, which is responsible for its quality. The ABAD public legal entity selects the sellers, reviews their listings and mediates in disputes.",
        ],
      },
      {
        heading: "Prices and orders",
        paragraphs: [
          "Prices are in manat. Delivery fees are shown separately. An order is binding once the producer confirms it; if goods run out or a date is full, the producer may cancel the order and any payment is refunded in full.",
        ],
      },
      {
        heading: "Reviews",
        paragraphs: [
          "Only shoppers who bought a product can review it. Staff may hide reviews containing insults, personal data or advertising, stating the reason.",
        ],
      },
      { heading: "Accounts", paragraphs: ["Do not share your password. Accounts that break these rules may be suspended."] },
    ],
  },
  verified: {
    title: "What “ABAD verified” means",
    description: "The badge shows that the producer takes part in the ABAD programme and that a mentor has checked their business in person.",
    sections: [
      {
        heading: "Who gets the badge",
        paragraphs: [
          "A programme mentor grants it after visiting the family business, seeing how the products are made and checking its registration and, for food, the hygiene requirements.",
          "Nobody can verify a business they belong to: another staff member decides, and every decision is recorded in the audit log.",
        ],
      },
      {
        heading: "What it does not promise",
        paragraphs: ["The badge is not a guarantee for every batch. If something is wrong, write to us: the returns rules apply to every seller alike."],
      },
      {
        heading: "Every listing is reviewed",
        paragraphs: [
          "With or without the badge, every new listing and every change to a live listing's text and photos is checked by a mentor before shoppers see it. A producer who breaks the rules loses the badge.",
        ],
      },
    ],
  },
};

const ru: Record<TrustSlug, TrustContent> = {
  contact: {
    title: "Контакты",
    description: "ABAD Market работает под управлением публичного юридического лица «ABAD». Пишите нам, если у вас есть вопрос, предложение или жалоба.",
    sections: [
      {
        heading: "Вопрос по заказу",
        paragraphs: [
          "Быстрее всего ответит сам производитель: его телефон и адрес указаны на странице заказа. Если вопрос не решился, напишите нам и укажите номер заказа — ответим в течение двух рабочих дней.",
        ],
      },
      {
        heading: "Хотите продавать у нас?",
        paragraphs: ["Подайте заявку на странице «Стать продавцом». Каждую заявку рассматривает ментор программы и связывается с вами."],
      },
      { heading: "Часы работы", paragraphs: ["Понедельник – пятница, 09:00–18:00 (по бакинскому времени). В праздничные дни ответ может задержаться."] },
    ],
  },
  delivery: {
    title: "Доставка и самовывоз",
    description: "Каждый производитель отправляет свой заказ сам. Если в корзине товары нескольких производителей, для каждого создаётся отдельный заказ.",
    sections: [
      {
        heading: "Доставка",
        paragraphs: [
          "Стоимость доставки устанавливает производитель; при оформлении заказа она показана отдельно для каждого. После подтверждения заказа производитель обычно отправляет его в течение 1–3 рабочих дней; в отдалённые районы доставка может занять чуть больше времени.",
          "Когда заказ отправлен, его статус меняется на «Отправлен», и вы получаете письмо. При оплате наличными при получении вы платите курьеру или производителю в момент получения.",
        ],
      },
      {
        heading: "Самовывоз",
        paragraphs: [
          "Некоторые производители выдают заказы в своей мастерской или магазине. Адрес указан на странице товара и в подтверждении заказа. Приходите, когда заказ получит статус «Готов к выдаче».",
        ],
      },
      {
        heading: "Туры, мастер-классы и проживание",
        paragraphs: [
          "Для впечатлений ничего не отправляется: вы приходите к месту встречи в выбранные дату и время. Место встречи указано на странице товара и в письме о заказе.",
        ],
      },
    ],
  },
  returns: {
    title: "Возврат и возмещение",
    description: "Если товар пришёл повреждённым, не тем или не соответствует описанию, мы вернём деньги или заменим его.",
    sections: [
      {
        heading: "Продукты питания",
        paragraphs: [
          "О проблеме со скоропортящимися продуктами (мёд, сыр, варенье, фрукты и т. п.) сообщите в день получения, не позднее чем через 24 часа, по возможности с фото. Продукты надлежащего качества возврату не подлежат, если на странице товара не сказано иное.",
        ],
      },
      {
        heading: "Изделия ручной работы и другие товары",
        paragraphs: [
          "Срок, в течение которого после доставки семья принимает неиспользованный товар обратно, устанавливает сама семья; он указан на странице товара, как и то, принимается ли этот товар обратно вообще (товары по размеру, за м², обычно не принимаются). Запросить возврат можно на странице заказа. Если товар исправен, обратную доставку оплачивает покупатель.",
        ],
      },
      {
        heading: "Впечатления",
        paragraphs: [
          "Тур, мастер-класс или проживание можно бесплатно отменить не позднее чем за 48 часов до начала. Более поздняя отмена согласуется с производителем.",
        ],
      },
      {
        heading: "Как возвращаются деньги",
        paragraphs: [
          "При оплате картой деньги возвращаются на ту же карту; в зависимости от банка они поступят в течение 5–10 рабочих дней. Наличные возвращает производитель. В обоих случаях статус заказа меняется на «Отменён» или «Деньги возвращены».",
        ],
      },
    ],
  },
  privacy: {
    title: "Конфиденциальность",
    description: "Мы храним только то, что нужно для доставки заказа и защиты вашего аккаунта. Мы не продаём эти данные и не используем их для рекламы.",
    sections: [
      {
        heading: "Что мы храним",
        paragraphs: [
          "Для аккаунта: имя, e-mail, телефон и необратимый хеш пароля (сам пароль не хранится). Для заказов: адрес доставки, состав заказа и способ оплаты. Данные карты к нам не попадают: оплата картой проходит на защищённой странице Stripe.",
          "Производители видят только ваше имя, телефон и адрес, чтобы выполнить заказ.",
        ],
      },
      { heading: "Cookie", paragraphs: ["Только те cookie, без которых сайт не работает: вход, корзина и язык. Рекламных и отслеживающих cookie нет."] },
      {
        heading: "Статистика",
        paragraphs: [
          "Чтобы показать производителям, что ищут покупатели, мы анонимно считаем просмотры и поиски: в этих записях не указано, кто смотрел.",
          "Из каждой загруженной фотографии удаляются данные камеры и геолокации (GPS).",
        ],
      },
      {
        heading: "Ваши права",
        paragraphs: ["Вы можете запросить копию своих данных, их исправление или удаление аккаунта: напишите на адрес со страницы «Контакты»."],
      },
    ],
  },
  terms: {
    title: "Условия использования",
    description: "ABAD Market — площадка, которая соединяет семейные хозяйства с покупателями. Эти условия действуют для всех, кто пользуется сайтом.",
    sections: [
      {
        heading: "Кто продаёт",
        paragraphs: [
          "Каждый товар продаёт семейное хозяйство, которое его производит, и оно отвечает за качество. Публичное юридическое лицо «ABAD» отбирает продавцов, проверяет их объявления и выступает посредником в спорах.",
        ],
      },
      {
        heading: "Цены и заказы",
        paragraphs: [
          "Цены указаны в манатах. Стоимость доставки указывается отдельно. Заказ вступает в силу, когда производитель его подтверждает; если товар закончился или дата занята, производитель может отменить заказ, и оплата возвращается полностью.",
        ],
      },
      {
        heading: "Отзывы",
        paragraphs: [
          "Оставить отзыв может только покупатель, который купил товар. Сотрудники могут скрыть отзыв с оскорблениями, личными данными или рекламой, указав причину.",
        ],
      },
      { heading: "Аккаунт", paragraphs: ["Не передавайте никому свой пароль. Аккаунты, нарушающие правила, могут быть заблокированы."] },
    ],
  },
  verified: {
    title: "Что значит «Проверено ABAD»",
    description: "Этот знак означает, что производитель участвует в программе ABAD и ментор лично проверил его хозяйство.",
    sections: [
      {
        heading: "Кто получает знак",
        paragraphs: [
          "Знак выдаёт ментор программы: он побывал в семейном хозяйстве, увидел, как делаются товары, проверил регистрацию, а для продуктов питания — санитарные требования.",
          "Никто не может подтвердить хозяйство, к которому сам относится: решение принимает другой сотрудник, и каждое решение записывается в журнал.",
        ],
      },
      {
        heading: "Чего знак не обещает",
        paragraphs: ["Знак не гарантирует качество каждой партии. Если что-то не так, напишите нам: правила возврата одинаковы для всех продавцов."],
      },
      {
        heading: "Все объявления проверяются",
        paragraphs: [
          "Со знаком или без, каждое новое объявление и каждое изменение текста и фото опубликованного объявления проверяет ментор, прежде чем его увидят покупатели. Нарушивший правила производитель лишается знака.",
        ],
      },
    ],
  },
};

const CONTENT: Record<Locale, Record<TrustSlug, TrustContent>> = { az, en, ru };

export function trustContent(slug: TrustSlug, locale: Locale): TrustContent {
  return CONTENT[locale][slug];
}

/** Every language's pages, for the test that keeps them complete. */
export function allTrustContent() {
  return CONTENT;
}

/** The programme's contact details (configuration, so a deployment states its own). */
export function contactDetails() {
  const config = env();
  return { address: config.CONTACT_ADDRESS, email: config.CONTACT_EMAIL ?? null, phone: config.CONTACT_PHONE ?? null };
}
