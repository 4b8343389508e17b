-- Schéma de l'exemple « dossiers dans PostgreSQL » (PostgreSQL 15 et plus, ou PGlite).
-- Trois tables font le motif : dossier (l'état), evenement_entrant (la boîte de réception, idempotente),
-- action_sortante (la boîte d'envoi, une ligne par action due). Deux tables de service : passage (les
-- nuits où un dossier a été avancé, pour rejouer son histoire) et journal_envoi (ce que le « prestataire »
-- d'envoi a reçu : sert à prouver qu'aucune lettre n'est partie deux fois).

-- Un dossier par créance. `dossier` est le JSON que rend la bibliothèque (creerDossier / avancerDossier) ;
-- `entree` est l'entrée de creerDossier, gardée pour rejouer le dossier depuis sa création.
CREATE TABLE IF NOT EXISTS dossier (
  id              text PRIMARY KEY,
  tenant          text NOT NULL,
  debiteur        text NOT NULL,
  entree          jsonb NOT NULL,
  dossier         jsonb NOT NULL,
  version_dossier int NOT NULL,          -- version du format de dossier de la bibliothèque (VERSION_DOSSIER)
  verrou          int NOT NULL DEFAULT 0, -- verrou optimiste : +1 à chaque écriture
  etat            text NOT NULL,          -- chemin de l'état, « amiable.relances »
  prochain_reveil date                    -- plus proche action à venir ; NULL : rien de prévu
);
-- Le planificateur cherche, par tenant, les dossiers à réveiller : index sur (tenant, prochain_reveil).
CREATE INDEX IF NOT EXISTS dossier_reveil ON dossier (tenant, prochain_reveil);

-- Boîte de réception : chaque fait venu de l'extérieur (virement, statut de plateforme, accusé d'envoi),
-- avec la clé d'idempotence de sa source. La contrainte d'unicité fait qu'une livraison répétée est
-- stockée une fois.
CREATE TABLE IF NOT EXISTS evenement_entrant (
  id          bigserial PRIMARY KEY,
  tenant      text NOT NULL,
  dossier_id  text NOT NULL REFERENCES dossier (id),
  source      text NOT NULL,   -- 'banque', 'plateforme', 'envoi'…
  cle         text NOT NULL,   -- la clé de la source (identifiant de transaction, de message, de lettre)
  date_valeur date NOT NULL,   -- la date du fait (date de valeur d'un virement)
  recu_le     date NOT NULL,   -- la nuit où il est arrivé
  evenement   jsonb NOT NULL,  -- l'événement de la machine (PAIEMENT_RECU…)
  applique_le date,            -- la nuit où il a été appliqué ; NULL : en attente
  nuit_effet  date,            -- la nuit de l'histoire du dossier où il prend place (rejeu)
  CONSTRAINT evenement_entrant_idempotence UNIQUE (tenant, source, cle)
);
CREATE INDEX IF NOT EXISTS evenement_entrant_attente ON evenement_entrant (tenant, dossier_id) WHERE applique_le IS NULL;
CREATE INDEX IF NOT EXISTS evenement_entrant_dossier ON evenement_entrant (dossier_id);

-- Boîte d'envoi : une ligne par action due, de clé « dossier:type:echeance ». Écrite dans la transaction
-- du dossier ; les envois la réclament avec FOR UPDATE SKIP LOCKED.
CREATE TABLE IF NOT EXISTS action_sortante (
  cle        text PRIMARY KEY,
  tenant     text NOT NULL,
  dossier_id text NOT NULL REFERENCES dossier (id),
  type       text NOT NULL,
  echeance   date NOT NULL,
  action     jsonb NOT NULL,
  creee_le   date NOT NULL,
  statut     text NOT NULL,  -- 'a-envoyer', 'envoyee', 'caduque' (plus due avant d'être partie)
  envoyee_le date
);
CREATE INDEX IF NOT EXISTS action_sortante_a_envoyer ON action_sortante (tenant, cle) WHERE statut = 'a-envoyer';
CREATE INDEX IF NOT EXISTS action_sortante_dossier ON action_sortante (dossier_id);

-- Les nuits où chaque dossier a été avancé (le rejeu d'un fait tardif refait les mêmes nuits).
CREATE TABLE IF NOT EXISTS passage (
  dossier_id text NOT NULL REFERENCES dossier (id),
  nuit       date NOT NULL,
  PRIMARY KEY (dossier_id, nuit)
);

-- Ce que le prestataire d'envoi a reçu, sans contrainte d'unicité : un envoi en double s'y verrait.
CREATE TABLE IF NOT EXISTS journal_envoi (
  id  bigserial PRIMARY KEY,
  cle text NOT NULL,
  nuit date NOT NULL
);
