/**
 * Indeks Pemdi: Peraturan Menteri PANRB Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital
 * (BN 2026 No. 364). Revokes PermenPANRB 59/2020; used from the 2026 evaluation on. Pasal 11 asks every agency to
 * restate its IKU target from Indeks SPBE to Indeks Pemdi.
 *
 * Status: secondary. Two independent public implementations that quote the regulation text agree on every weight
 * and band; the official text itself has not been read for this transcription.
 *
 * - 7 aspects, 20 indicators, no domains. Indeks Pemdi = sum(indicator weight x level) / 100.
 * - Cumulative rule: an indicator reaches level n only when every main evidence item of levels 1..n is accepted.
 *   When no level-1 evidence is accepted the indicator scores 0 and the index can fall below 1,00
 *   ("Belum Terindikasi").
 * - Indicators 5, 6, 7 and 18 take values from other agencies; indicator 10 uses IKASANDI as evidence.
 *
 * Weights are in whole percent.
 */
import type { Framework } from "./types";

export const PEMDI_8_2026: Framework = {
  id: "8/2026",
  indexName: "Indeks Pemdi",
  indexNameEn: "Digital Government Index",
  regulation: "Peraturan Menteri PANRB Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital",
  status: "secondary",
  years: { from: 2026, to: null },
  succeeds: "59/2020",
  weightUnitsPerPercent: 1,
  minLevel: 0,
  maxLevel: 5,
  levelScales: [
    {
      // The level labels of KemenPANRB's 2026 indicator modules (and the Lampiran's questionnaire column): the
      // stage words of the index bands, level by level. The modules' value bands ("pita nilai"): level 1 from
      // 1,00, 2 from 1,50, 3 from 2,50, 4 from 3,50, 5 from 4,00 (../shared/reference, pemdi-8-2026-criteria.json).
      id: "pemdi",
      names: ["Merintis", "Membangun", "Berkembang", "Melembaga", "Unggul"],
      namesEn: ["Initiate", "Emerging", "Developing", "Embedded", "Leading"],
      valueBandFloors: [100, 150, 250, 350, 400],
    },
  ],
  domains: [],
  aspects: [
    { id: "A1", no: 1, name: "Tata Kelola dan Manajemen", nameEn: "Governance and management", weight: 10, indicatorNos: [1, 2] },
    { id: "A2", no: 2, name: "Penyelenggara", nameEn: "Organisers (people and collaboration)", weight: 10, indicatorNos: [3, 4] },
    { id: "A3", no: 3, name: "Data", nameEn: "Data", weight: 15, indicatorNos: [5, 6, 7, 8] },
    { id: "A4", no: 4, name: "Keamanan Pemdi", nameEn: "Digital government security", weight: 15, indicatorNos: [9, 10, 11, 12] },
    { id: "A5", no: 5, name: "Teknologi Pemdi", nameEn: "Digital government technology", weight: 10, indicatorNos: [13, 14] },
    { id: "A6", no: 6, name: "Keterpaduan Layanan Digital Pemerintah", nameEn: "Integration of government digital services", weight: 15, indicatorNos: [15, 16, 17, 18] },
    { id: "A7", no: 7, name: "Kepuasan Pengguna Layanan Digital Pemerintah", nameEn: "User satisfaction with government digital services", weight: 25, indicatorNos: [19, 20] },
  ],
  indicators: [
    { no: 1, name: "Tingkat Kematangan Tata Kelola Pemdi", nameEn: "Maturity of digital government governance", aspectId: "A1", weight: 5, scaleId: "pemdi" },
    { no: 2, name: "Tingkat Kematangan Manajemen Layanan Digital Pemerintah", nameEn: "Maturity of government digital service management", aspectId: "A1", weight: 5, scaleId: "pemdi" },
    { no: 3, name: "Tingkat Kematangan Sumber Daya Manusia Pemdi", nameEn: "Maturity of digital government human resources", aspectId: "A2", weight: 5, scaleId: "pemdi" },
    { no: 4, name: "Tingkat Kematangan Kolaborasi Pemdi", nameEn: "Maturity of digital government collaboration", aspectId: "A2", weight: 5, scaleId: "pemdi" },
    { no: 5, name: "Tingkat Kematangan Tata Kelola Data", nameEn: "Maturity of data governance", aspectId: "A3", weight: 5, scaleId: "pemdi", externalSource: "Skor Satu Data Indonesia (Bappenas)",
      // The one worked conversion of the 2026 training material: SDI 25 -> 2,00, SDI 68,75 -> 3,75.
      externalValue: { index: "SDI", conversion: [0, 1250, 3750, 6250, 7500, 10000] } },
    { no: 6, name: "Tingkat Kematangan Penyelenggaraan Informasi Geospasial", nameEn: "Maturity of geospatial information", aspectId: "A3", weight: 3, scaleId: "pemdi", externalSource: "Simpul Jaringan Informasi Geospasial (BIG)", externalValue: { index: "SJIG" } },
    { no: 7, name: "Tingkat Kematangan Pembangunan Statistik", nameEn: "Maturity of statistical development", aspectId: "A3", weight: 3, scaleId: "pemdi", externalSource: "EPSS (BPS)", externalValue: { index: "EPSS" } },
    { no: 8, name: "Tingkat Kematangan Pelindungan Data Pribadi", nameEn: "Maturity of personal data protection", aspectId: "A3", weight: 4, scaleId: "pemdi" },
    { no: 9, name: "Tingkat Kematangan Pelaksanaan Audit Keamanan Pemdi dan Teknologi Pemdi", nameEn: "Maturity of digital government security and technology audit", aspectId: "A4", weight: 4, scaleId: "pemdi" },
    { no: 10, name: "Tingkat Kematangan Keamanan Pemdi", nameEn: "Maturity of digital government security", aspectId: "A4", weight: 4, scaleId: "pemdi", externalSource: "IKASANDI (BSSN) as expected evidence" },
    { no: 11, name: "Tingkat Kematangan Penerapan Kriptografi untuk Keamanan Data", nameEn: "Maturity of cryptography for data security", aspectId: "A4", weight: 3, scaleId: "pemdi" },
    { no: 12, name: "Tingkat Kematangan Kapabilitas Penanganan Insiden Siber", nameEn: "Maturity of cyber-incident handling capability", aspectId: "A4", weight: 4, scaleId: "pemdi" },
    { no: 13, name: "Tingkat Kematangan Aplikasi Pemdi", nameEn: "Maturity of digital government applications", aspectId: "A5", weight: 5, scaleId: "pemdi" },
    { no: 14, name: "Tingkat Kematangan Infrastruktur Pemdi", nameEn: "Maturity of digital government infrastructure", aspectId: "A5", weight: 5, scaleId: "pemdi" },
    { no: 15, name: "Keterpaduan Proses Bisnis Pemdi Lintas Unit dan Instansi", nameEn: "Integration of business processes across units and agencies", aspectId: "A6", weight: 4, scaleId: "pemdi" },
    { no: 16, name: "Integrasi Aplikasi", nameEn: "Application integration", aspectId: "A6", weight: 4, scaleId: "pemdi" },
    { no: 17, name: "Portal Layanan Digital Pemerintah", nameEn: "Government digital service portal", aspectId: "A6", weight: 4, scaleId: "pemdi" },
    { no: 18, name: "Interoperabilitas Data", nameEn: "Data interoperability", aspectId: "A6", weight: 3, scaleId: "pemdi", externalSource: "interoperability questionnaire", externalValue: { index: "Interoperabilitas" } },
    { no: 19, name: "Fasilitas Dukungan Pengguna Layanan Digital Pemerintah", nameEn: "User support facilities for government digital services", aspectId: "A7", weight: 10, scaleId: "pemdi" },
    { no: 20, name: "Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah", nameEn: "Management of user satisfaction with government digital services", aspectId: "A7", weight: 15, scaleId: "pemdi" },
  ],
  // Lower bounds inclusive. The top band starts at 4,00 (not 4,2 as in 59/2020). Below 1,00 (some indicator
  // scored 0) implementations report "Belum Terindikasi".
  bands: [
    { predikat: "Memuaskan", predikatEn: "Excellent", minHundredths: 400, stage: "Unggul", stageEn: "Leading" },
    { predikat: "Sangat Baik", predikatEn: "Very good", minHundredths: 350, stage: "Melembaga", stageEn: "Embedded" },
    { predikat: "Baik", predikatEn: "Good", minHundredths: 250, stage: "Berkembang", stageEn: "Developing" },
    { predikat: "Cukup", predikatEn: "Fair", minHundredths: 150, stage: "Membangun", stageEn: "Emerging" },
    { predikat: "Kurang", predikatEn: "Poor", minHundredths: 100, stage: "Merintis", stageEn: "Initiate" },
    { predikat: "Belum Terindikasi", predikatEn: "Not yet indicated", minHundredths: 0 },
  ],
};
