import { MigrationInterface, QueryRunner } from "typeorm";

// Chain maps: node status, position and flags; supply edges; companies, leads and projects on nodes.
export class ChainMaps1764201600000 implements MigrationInterface {
    name = 'ChainMaps1764201600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "chain_edge" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "map_id" uuid NOT NULL,
                "from_id" uuid NOT NULL,
                "to_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chain_edge_pair" UNIQUE ("from_id", "to_id"),
                CONSTRAINT "chain_edge_not_loop" CHECK ("from_id" <> "to_id"),
                CONSTRAINT "PK_d54c159788379495bb5296057c1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_56d399869b16b878e3bb0edbf6" ON "chain_edge" ("map_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2a9e339a1d935b181fcbe2ab99" ON "chain_edge" ("to_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "company" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "credit_code" character varying(18),
                "is_local" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_056f7854a7afdba7cbd6d45fc20" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a76c5cd486f7779bd9c319afd2" ON "company" ("name")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_98954a28840af1bcc668fe9a1f" ON "company" ("credit_code")
            WHERE "credit_code" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "chain_node_company" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "segment_id" uuid NOT NULL,
                "company_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                CONSTRAINT "chain_node_company_pair" UNIQUE ("segment_id", "company_id"),
                CONSTRAINT "PK_662f2c881e216db4e674b383489" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e0aba9908a0ad12d84200e5426" ON "chain_node_company" ("segment_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a2406fe4092aae4609689b383c" ON "chain_node_company" ("company_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "lead" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(200) NOT NULL,
                "company_id" uuid,
                "chain_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'NEW',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ca96c1888f7dcfccab72b72fffa" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2aa35d915ab6861542d6d7ca72" ON "lead" ("company_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_98b8333e0c42e0ccc66d132c68" ON "lead" ("chain_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "lead_chain_node" (
                "lead_id" uuid NOT NULL,
                "segment_id" uuid NOT NULL,
                CONSTRAINT "PK_69d1d69a874214ff1b72ee725ea" PRIMARY KEY ("lead_id", "segment_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_99522dd00cd66ba85040634238" ON "lead_chain_node" ("segment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "project" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "company_id" uuid,
                "chain_id" uuid NOT NULL,
                "stage" character varying(24) NOT NULL DEFAULT 'NEGOTIATING',
                "investment" numeric(18, 4),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e207ffcc87db476eb97b3e0a0f" ON "project" ("company_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e8778611d3b71a80854415a2ad" ON "project" ("chain_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "project_chain_node" (
                "project_id" uuid NOT NULL,
                "segment_id" uuid NOT NULL,
                CONSTRAINT "PK_6c40f3f08120c581505a46d075a" PRIMARY KEY ("project_id", "segment_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_198bee7a77c7c668a06c67c2ab" ON "project_chain_node" ("segment_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment"
            ADD "position" character varying(16)
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment"
            ADD "status" character varying(16) NOT NULL DEFAULT 'WEAK'
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment"
            ADD "is_high_end" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment"
            ADD "is_key" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment"
            ADD "industry_code" character varying(10)
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "chain_segment_map_name" ON "chain_segment" ("map_id", "name")
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_edge"
            ADD CONSTRAINT "FK_56d399869b16b878e3bb0edbf6b" FOREIGN KEY ("map_id") REFERENCES "chain_map"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_edge"
            ADD CONSTRAINT "FK_4473c9dd2e0e4c8d8e0e037d3d9" FOREIGN KEY ("from_id") REFERENCES "chain_segment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_edge"
            ADD CONSTRAINT "FK_2a9e339a1d935b181fcbe2ab999" FOREIGN KEY ("to_id") REFERENCES "chain_segment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_node_company"
            ADD CONSTRAINT "FK_e0aba9908a0ad12d84200e54265" FOREIGN KEY ("segment_id") REFERENCES "chain_segment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_node_company"
            ADD CONSTRAINT "FK_a2406fe4092aae4609689b383ca" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD CONSTRAINT "FK_2aa35d915ab6861542d6d7ca721" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lead"
            ADD CONSTRAINT "FK_98b8333e0c42e0ccc66d132c681" FOREIGN KEY ("chain_id") REFERENCES "industry_chain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lead_chain_node"
            ADD CONSTRAINT "FK_c5ce34256913ce9ac570b2fe56f" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lead_chain_node"
            ADD CONSTRAINT "FK_99522dd00cd66ba850406342384" FOREIGN KEY ("segment_id") REFERENCES "chain_segment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_e207ffcc87db476eb97b3e0a0f2" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_e8778611d3b71a80854415a2adb" FOREIGN KEY ("chain_id") REFERENCES "industry_chain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_chain_node"
            ADD CONSTRAINT "FK_023d1c355fdc4cc65fc1d2dc717" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_chain_node"
            ADD CONSTRAINT "FK_198bee7a77c7c668a06c67c2ab1" FOREIGN KEY ("segment_id") REFERENCES "chain_segment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            CREATE TABLE "seed_applied" (
                "key" character varying(100) NOT NULL,
                "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_seed_applied" PRIMARY KEY ("key")
            )
        `);
        // Both ends of an edge, and a node's parent, must belong to the node's own chain map.
        await queryRunner.query(`
            CREATE FUNCTION chain_edge_same_map() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF (SELECT count(*) FROM chain_segment WHERE id IN (NEW.from_id, NEW.to_id) AND map_id = NEW.map_id) <> 2 THEN
                    RAISE EXCEPTION 'an edge must join two nodes of its own chain map'
                        USING ERRCODE = 'check_violation', CONSTRAINT = 'chain_edge_same_map';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER chain_edge_same_map BEFORE INSERT OR UPDATE ON chain_edge
            FOR EACH ROW EXECUTE FUNCTION chain_edge_same_map()
        `);
        await queryRunner.query(`
            CREATE FUNCTION chain_segment_parent_same_map() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.parent_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM chain_segment WHERE id = NEW.parent_id AND map_id = NEW.map_id) THEN
                    RAISE EXCEPTION 'a node''s parent must belong to the same chain map'
                        USING ERRCODE = 'check_violation', CONSTRAINT = 'chain_segment_parent_same_map';
                END IF;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER chain_segment_parent_same_map BEFORE INSERT OR UPDATE OF parent_id, map_id ON chain_segment
            FOR EACH ROW EXECUTE FUNCTION chain_segment_parent_same_map()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER chain_segment_parent_same_map ON chain_segment`);
        await queryRunner.query(`DROP FUNCTION chain_segment_parent_same_map()`);
        await queryRunner.query(`DROP TRIGGER chain_edge_same_map ON chain_edge`);
        await queryRunner.query(`DROP FUNCTION chain_edge_same_map()`);
        await queryRunner.query(`DROP TABLE "seed_applied"`);
        await queryRunner.query(`
            ALTER TABLE "project_chain_node" DROP CONSTRAINT "FK_198bee7a77c7c668a06c67c2ab1"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_chain_node" DROP CONSTRAINT "FK_023d1c355fdc4cc65fc1d2dc717"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_e8778611d3b71a80854415a2adb"
        `);
        await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_e207ffcc87db476eb97b3e0a0f2"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead_chain_node" DROP CONSTRAINT "FK_99522dd00cd66ba850406342384"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead_chain_node" DROP CONSTRAINT "FK_c5ce34256913ce9ac570b2fe56f"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP CONSTRAINT "FK_98b8333e0c42e0ccc66d132c681"
        `);
        await queryRunner.query(`
            ALTER TABLE "lead" DROP CONSTRAINT "FK_2aa35d915ab6861542d6d7ca721"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_node_company" DROP CONSTRAINT "FK_a2406fe4092aae4609689b383ca"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_node_company" DROP CONSTRAINT "FK_e0aba9908a0ad12d84200e54265"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_edge" DROP CONSTRAINT "FK_2a9e339a1d935b181fcbe2ab999"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_edge" DROP CONSTRAINT "FK_4473c9dd2e0e4c8d8e0e037d3d9"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_edge" DROP CONSTRAINT "FK_56d399869b16b878e3bb0edbf6b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."chain_segment_map_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment" DROP COLUMN "version"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment" DROP COLUMN "industry_code"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment" DROP COLUMN "is_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment" DROP COLUMN "is_high_end"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment" DROP COLUMN "status"
        `);
        await queryRunner.query(`
            ALTER TABLE "chain_segment" DROP COLUMN "position"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_198bee7a77c7c668a06c67c2ab"
        `);
        await queryRunner.query(`
            DROP TABLE "project_chain_node"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e8778611d3b71a80854415a2ad"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e207ffcc87db476eb97b3e0a0f"
        `);
        await queryRunner.query(`
            DROP TABLE "project"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_99522dd00cd66ba85040634238"
        `);
        await queryRunner.query(`
            DROP TABLE "lead_chain_node"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_98b8333e0c42e0ccc66d132c68"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2aa35d915ab6861542d6d7ca72"
        `);
        await queryRunner.query(`
            DROP TABLE "lead"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a2406fe4092aae4609689b383c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e0aba9908a0ad12d84200e5426"
        `);
        await queryRunner.query(`
            DROP TABLE "chain_node_company"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_98954a28840af1bcc668fe9a1f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a76c5cd486f7779bd9c319afd2"
        `);
        await queryRunner.query(`
            DROP TABLE "company"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2a9e339a1d935b181fcbe2ab99"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_56d399869b16b878e3bb0edbf6"
        `);
        await queryRunner.query(`
            DROP TABLE "chain_edge"
        `);
    }

}
