import type { account as reference } from "../en/account";

export const account: Record<keyof typeof reference, string> & Record<string, string> = {
  "account.password.title": "Şifrəni dəyişin",
  "account.password.lead": "Şifrəni dəyişdikdə digər bütün cihazlarda hesabdan çıxış ediləcək.",
  "account.password.current": "Hazırkı şifrə",
  "account.password.new": "Yeni şifrə",
  "account.password.confirm": "Yeni şifrəni təkrarlayın",
  "account.password.submit": "Şifrəni dəyiş",
  "account.password.changed": "Şifrəniz dəyişdirildi. Digər bütün cihazlarda hesabdan çıxış edildi.",
  "account.password.mismatch": "Şifrələr eyni deyil.",
  "account.password.same": "Hazırkı şifrədən fərqli şifrə seçin.",
  "account.password.wrongCurrent": "Hazırkı şifrə düzgün deyil.",
  "account.password.link": "Şifrəni dəyiş",
  "account.forgot.title": "Şifrənizi unutmusunuz?",
  "account.forgot.lead": "Hesabınızın e-poçt ünvanını yazın, yeni şifrə seçmək üçün sizə keçid göndərək.",
  "account.forgot.submit": "Keçidi göndər",
  "account.forgot.sent": "Bu ünvanla hesab varsa, keçid artıq göndərilib. O, bir saat ərzində yalnız bir dəfə işləyir. Spam qovluğunu da yoxlayın.",
  "account.forgot.back": "Girişə qayıt",
  "account.forgot.link": "Şifrənizi unutmusunuz?",
  "account.mail.reset.subject": "ABAD Market üçün yeni şifrə seçin",
  "account.mail.reset.body":
    "Salam, {name}!\n\nABAD Market hesabınızın şifrəsini bərpa etmək üçün sorğu göndərilib. Yeni şifrəni bu keçiddə seçin (keçid bir saat ərzində yalnız bir dəfə işləyir):\n\n{appUrl}/reset-password?token={token}\n\nBu sorğunu siz göndərməmisinizsə, məktubu nəzərə almayın: şifrəniz dəyişməyəcək.\n\nABAD Market",
};
