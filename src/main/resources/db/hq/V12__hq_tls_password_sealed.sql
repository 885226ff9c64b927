-- HQ seals its TLS key's password too (ADR 0019, "HQ encrypts values at rest", 2026-12-04): the PKCS#12 store in
-- hq_tls is encrypted under that password, which sat beside it in plaintext, so a copy of the database gave HQ's
-- private key, with which a server could pass for HQ to every laptop that pinned its certificate. Sealed, the
-- password is longer; a database whose values were already sealed walks its tables once more at the next start
-- (LegacySealing), which seals the password and finds nothing else. The same SQL runs on PostgreSQL and on H2.
ALTER TABLE hq_tls ALTER COLUMN password SET DATA TYPE VARCHAR(200);
UPDATE hq_seal_state SET legacy_sealed = FALSE WHERE EXISTS (SELECT 1 FROM hq_tls);
