import { Workbook } from 'exceljs';
import { companyIndex, usccCheckCharacter } from '@chainboard/domain';
import { TestApp } from './harness';

const PREVIEW = `mutation($input: PreviewImportInput!) { previewImport(input: $input) { id goodRows badRows toCreate toUpdate unchanged } }`;
const CONFIRM = `mutation($id: ID!, $mode: ImportMode!) { confirmImport(id: $id, mode: $mode) { created updated unchanged skippedRows } }`;
/** The columns the audit trail leaves out of an entry (bookkeeping and search columns). */
const NOT_AUDITED = ['search_tokens', 'search_text', 'name_key', 'version', 'updated_at', 'minutes_docx', 'ledger_xlsx', 'frozen'];
/** More rows than one batch of statements takes, so that several batches are written. */
const ROWS = 2_600;

const code = (i: number) => {
  const first17 = `91510107MA6BK${String(i).padStart(4, '0')}`;
  return first17 + usccCheckCharacter(first17);
};

async function companyFile(rows: string[][]): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('企业');
  ws.addRow(['企业名称', '统一社会信用代码', '英文名称', '别名', '城市', '是否上市']);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

interface CompanyRowInDb {
  id: string;
  name: string;
  english_name: string | null;
  aliases: string[];
  name_key: string;
  search_tokens: string[];
  search_text: string;
  version: number;
}

/**
 * Companies imported in bulk (several batches of multi-row statements) are stored as a single create stores them: the
 * name key and search tokens the domain derives, found by the search, one audit entry each with the whole new row as
 * its content and the importing user as its actor; a second file that changes some of them updates exactly those, with
 * the version moved, the tokens made again and an audit entry of the changed fields only.
 */
describe('a bulk import writes what single writes write', () => {
  let t: TestApp;
  let staff: string;
  let staffId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    staff = await t.signIn('staff.01');
    staffId = (await t.as(staff, '{ me { id } }')).me.id;
  });
  afterAll(() => t.close());

  const importFile = async (rows: string[][]) => {
    const content = await companyFile(rows);
    const preview = (await t.as(staff, PREVIEW, { input: { kind: 'COMPANIES', fileName: 'bulk.xlsx', contentBase64: content } })).previewImport;
    const result = (await t.as(staff, CONFIRM, { id: preview.id, mode: 'ALL_OR_NOTHING' })).confirmImport;
    return { preview, result };
  };
  const stored = async (): Promise<CompanyRowInDb[]> =>
    t.db.query(`SELECT id, name, english_name, aliases, name_key, search_tokens, search_text, version FROM company WHERE name LIKE '批量导入核对%' ORDER BY name`);

  it('stores every row with its derived columns and one audit entry, and updates the changed ones the same way', async () => {
    const rows = Array.from({ length: ROWS }, (_, i) => [
      `批量导入核对${String(i).padStart(4, '0')}号科技有限公司`,
      i % 2 === 0 ? code(i) : '',
      i % 3 === 0 ? `Bulk Check ${i} Ltd` : '',
      i % 5 === 0 ? `核对别名${i}号` : '',
      i % 4 === 0 ? '成都市' : '',
      i % 7 === 0 ? '是' : '否',
    ]);
    const firstEntry = Number((await t.db.query(`SELECT coalesce(max(id), 0) AS n FROM audit_entry`))[0].n);
    const { preview, result } = await importFile(rows);
    expect(preview).toMatchObject({ goodRows: ROWS, badRows: 0, toCreate: ROWS, toUpdate: 0, unchanged: 0 });
    expect(result).toEqual({ created: ROWS, updated: 0, unchanged: 0, skippedRows: 0 });

    const companies = await stored();
    // Every name as the file has it: no character garbled where the streamed file's chunks split it.
    expect(companies.map((c) => c.name)).toEqual(rows.map((r) => r[0]));
    expect(companies).toHaveLength(ROWS);
    for (const c of companies) {
      const index = companyIndex({ name: c.name, englishName: c.english_name, aliases: c.aliases });
      expect({ nameKey: c.name_key, searchTokens: c.search_tokens, searchText: c.search_text }).toEqual(index);
      expect(c.search_tokens.length).toBeGreaterThan(0);
      expect(c.version).toBe(1);
    }
    // The last row, written in the last batch, has its English name and alias among its search tokens.
    const last = companies.find((c) => c.name === '批量导入核对2595号科技有限公司')!;
    expect(last).toMatchObject({ english_name: 'Bulk Check 2595 Ltd', aliases: ['核对别名2595号'] });
    const found = (await t.as(staff, `query { companies(input: { query: "核对别名2595", limit: 5 }) { items { id } } }`)).companies.items;
    expect(found).toEqual([{ id: last.id }]);

    // One audit entry per company, with the whole new row (bookkeeping columns left out) and who imported it.
    const entries: Array<{ entity_id: string; actor_id: string; operation: string; record_type: string; record_id: string; after: Record<string, unknown>; before: unknown; expected: Record<string, unknown> }> =
      await t.db.query(
        `SELECT e.entity_id, e.actor_id, e.operation, e.record_type, e.record_id, e.after, e.before, to_jsonb(c) - $2::text[] AS expected
           FROM audit_entry e JOIN company c ON c.id::text = e.entity_id
          WHERE e.id > $1 AND e.entity_type = 'company' AND e.action = 'insert' AND c.name LIKE '批量导入核对%'`,
        [firstEntry, NOT_AUDITED],
      );
    expect(entries).toHaveLength(ROWS);
    expect(new Set(entries.map((e) => e.entity_id)).size).toBe(ROWS);
    for (const e of entries) {
      expect(e).toMatchObject({ actor_id: staffId, operation: 'confirmImport', record_type: 'company', record_id: e.entity_id, before: null });
      expect(e.after).toEqual(e.expected);
    }

    // A second file changes 300 of them (a new alias, a city) and repeats 200 as they are.
    const again = rows.slice(0, 500).map((r, i) => (i < 300 ? [r[0], r[1], r[2], `核对新别名${i}号`, '绵阳市', r[5]] : r));
    const afterFirst = Number((await t.db.query(`SELECT max(id) AS n FROM audit_entry`))[0].n);
    const second = await importFile(again);
    expect(second.preview).toMatchObject({ toCreate: 0, toUpdate: 300, unchanged: 200 });
    expect(second.result).toEqual({ created: 0, updated: 300, unchanged: 200, skippedRows: 0 });
    const changed = (await stored()).filter((c) => c.aliases.some((a) => a.startsWith('核对新别名')));
    expect(changed).toHaveLength(300);
    for (const c of changed) {
      expect(c.version).toBe(2);
      expect({ nameKey: c.name_key, searchTokens: c.search_tokens, searchText: c.search_text }).toEqual(companyIndex({ name: c.name, englishName: c.english_name, aliases: c.aliases }));
    }
    const updates: Array<{ entity_id: string; before: Record<string, unknown>; after: Record<string, unknown> }> = await t.db.query(
      `SELECT entity_id, before, after FROM audit_entry WHERE id > $1 AND entity_type = 'company' AND action = 'update'`,
      [afterFirst],
    );
    expect(updates).toHaveLength(300);
    const zero = companies.find((c) => c.name === '批量导入核对0000号科技有限公司')!;
    expect(updates.find((u) => u.entity_id === zero.id)).toEqual({ entity_id: zero.id, before: { city: '成都市', aliases: ['核对别名0号'] }, after: { city: '绵阳市', aliases: ['核对别名0号', '核对新别名0号'] } });
  });
});
