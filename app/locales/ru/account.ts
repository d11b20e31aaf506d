import type { account as reference } from "../en/account";

export const account: Record<keyof typeof reference, string> & Record<string, string> = {
  "account.password.title": "Смена пароля",
  "account.password.lead": "После смены пароля вы выйдете из аккаунта на всех остальных устройствах.",
  "account.password.current": "Текущий пароль",
  "account.password.new": "Новый пароль",
  "account.password.confirm": "Повторите новый пароль",
  "account.password.submit": "Сменить пароль",
  "account.password.changed": "Пароль изменён. На всех остальных устройствах выполнен выход.",
  "account.password.mismatch": "Пароли не совпадают.",
  "account.password.same": "Новый пароль должен отличаться от текущего.",
  "account.password.wrongCurrent": "Текущий пароль указан неверно.",
  "account.password.link": "Сменить пароль",
  "account.forgot.title": "Забыли пароль?",
  "account.forgot.lead": "Укажите адрес электронной почты вашего аккаунта, и мы отправим ссылку для выбора нового пароля.",
  "account.forgot.submit": "Отправить ссылку",
  "account.forgot.sent": "Если аккаунт с этим адресом существует, ссылка уже отправлена. Она действует один раз в течение часа. Проверьте также папку «Спам».",
  "account.forgot.back": "Вернуться ко входу",
  "account.forgot.link": "Забыли пароль?",
  "account.mail.reset.subject": "Выберите новый пароль для ABAD Market",
  "account.mail.reset.body":
    "Здравствуйте, {name}!\n\nКто-то, надеемся, что вы, запросил сброс пароля для вашего аккаунта ABAD Market. Выберите новый пароль по ссылке (она действует один раз в течение часа):\n\n{appUrl}/reset-password?token={token}\n\nЕсли вы не запрашивали сброс, просто не обращайте внимания на это письмо: пароль останется прежним.\n\nABAD Market",
};
