package org.shield.domain.party;

/** Kind of additional name a person is known by. */
public enum NameKind {
    Alias,
    Nickname;
}
