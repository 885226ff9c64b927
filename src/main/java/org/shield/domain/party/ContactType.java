package org.shield.domain.party;

/** Kind of contact identifier: phone numbers in E.164, e-mail, messaging and social handles. */
public enum ContactType {
    Phone,
    Email,
    Line,
    Telegram,
    WhatsApp,
    WeChat,
    Facebook,
    TikTok,
    Other;
}
