-- The views people ask of the archive (README, "Querying the archive"). Same names and columns on PostgreSQL.

-- Every finding, with the form and file it was found in.
CREATE VIEW finding_details AS
SELECT f.rule, f.severity, fo.department, fo.fiscal_year, fo.project_name, d.source_path, f.form_index,
       f.path, f.stated, f.expected, f.message, d.sha256
FROM findings f
JOIN forms fo ON fo.document_id = f.document_id AND fo.form_index = f.form_index
JOIN documents d ON d.id = f.document_id;

-- Findings counted by rule, severity, department and year.
CREATE VIEW findings_by_rule AS
SELECT rule, severity, department, fiscal_year, COUNT(*) AS findings, COUNT(DISTINCT sha256) AS documents
FROM finding_details
GROUP BY rule, severity, department, fiscal_year;

-- Forms whose total score (总分) or budget score (项目资金 得分) disagrees with its parts: the form's
-- figure, what the parts give, and by how much the form overstates it (negative: understates).
CREATE VIEW wrong_scores AS
SELECT fo.department, fo.fiscal_year, fo.project_name, f.rule, f.path, f.stated, f.expected,
       ROUND(CASE f.rule WHEN 'total-score' THEN fo.total_score ELSE fo.funding_score END
         - CAST(NULLIF(f.expected, '') AS NUMERIC), 2) AS overstated_by,
       d.source_path, f.form_index, d.sha256
FROM findings f
JOIN forms fo ON fo.document_id = f.document_id AND fo.form_index = f.form_index
JOIN documents d ON d.id = f.document_id
WHERE f.rule IN ('total-score', 'budget-score');

-- The manifest: every input each load was given, what became of it, and the document it maps to.
CREATE VIEW load_manifest AS
SELECT li.load_id, l.command, li.path, li.sha256, li.outcome, li.error, d.status, d.format, d.form_count,
       d.finding_count, d.reader_version, li.at
FROM load_inputs li
JOIN loads l ON l.id = li.load_id
LEFT JOIN documents d ON d.sha256 = li.sha256;

-- Each load's progress: inputs given, and how many were archived, reprocessed, skipped, failed,
-- unreadable, or are still pending (queued loads, whose workers have not reached them yet).
CREATE VIEW load_summary AS
SELECT l.id AS load_id, l.command, l.host, l.reader_version, l.started_at, l.finished_at, l.inputs,
       SUM(CASE WHEN li.outcome = 'archived' THEN 1 ELSE 0 END) AS archived,
       SUM(CASE WHEN li.outcome = 'reprocessed' THEN 1 ELSE 0 END) AS reprocessed,
       SUM(CASE WHEN li.outcome = 'skipped' THEN 1 ELSE 0 END) AS skipped,
       SUM(CASE WHEN li.outcome = 'failed' THEN 1 ELSE 0 END) AS failed,
       SUM(CASE WHEN li.outcome = 'unreadable' THEN 1 ELSE 0 END) AS unreadable,
       l.inputs - COUNT(li.path) AS pending
FROM loads l
LEFT JOIN load_inputs li ON li.load_id = l.id
GROUP BY l.id, l.command, l.host, l.reader_version, l.started_at, l.finished_at, l.inputs;

-- The archive at a glance: documents, forms, findings and warnings by status, format and reader version.
CREATE VIEW archive_summary AS
SELECT status, format, reader_version, COUNT(*) AS documents, SUM(form_count) AS forms,
       SUM(finding_count) AS findings, SUM(warning_count) AS warnings
FROM documents
GROUP BY status, format, reader_version;
