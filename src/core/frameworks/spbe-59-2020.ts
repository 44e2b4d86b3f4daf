/**
 * Indeks SPBE: Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan
 * Berbasis Elektronik (BN 2020 No. 994), Lampiran Bab II. Used by the evaluations of 2021 to 2025.
 *
 * - Domains: Tabel 7 (Bobot Domain); aspects: Tabel 8 (Bobot Aspek); indicators: Tabel 9 (Bobot Indikator);
 *   membership: Tabel 3-6; level names: Tabel 1 (kapabilitas proses) and Tabel 2 (kapabilitas layanan);
 *   predikat: Tabel 13.
 * - Indicators 42-47 weigh 3,00 %: two national reports print 3,50, which would make the total 103; every
 *   published result fits 3,00.
 * - Indicators 29-31 belong to aspect A6 (Pelaksanaan Audit TIK); the 2024 technical guide's "A5" is a typo.
 * - Verified against the regulation text and 1,233 published 2023/2024 results.
 *
 * Weights are in hundredths of a percent (1,30 % = 130), so every weight is a whole number.
 */
import type { Band, Framework } from "./types";

/** Tabel 13 (Predikat Penilaian SPBE). Lower bounds are inclusive; "Kurang" is everything below 1,8. */
export const SPBE_PREDIKAT_BANDS: readonly Band[] = [
  { predikat: "Memuaskan", predikatEn: "Excellent", minHundredths: 420 },
  { predikat: "Sangat Baik", predikatEn: "Very good", minHundredths: 350 },
  { predikat: "Baik", predikatEn: "Good", minHundredths: 260 },
  { predikat: "Cukup", predikatEn: "Fair", minHundredths: 180 },
  { predikat: "Kurang", predikatEn: "Poor", minHundredths: 0 },
];

export const SPBE_59_2020: Framework = {
  id: "59/2020",
  indexName: "Indeks SPBE",
  indexNameEn: "SPBE Index",
  regulation: "Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE",
  status: "verified",
  years: { from: 2021, to: 2025 },
  succeeds: "5/2018",
  weightUnitsPerPercent: 100,
  // The regulation defines levels 1-5; 0 is accepted as "not met / not scored" (a 2023 result needs it).
  minLevel: 0,
  maxLevel: 5,
  levelScales: [
    {
      // Tabel 1: indicators 1-31 measure process capability.
      id: "proses",
      names: ["Rintisan", "Terkelola", "Terdefinisi", "Terpadu dan Terukur", "Optimum"],
      namesEn: ["Initial", "Managed", "Defined", "Integrated and Measured", "Optimised"],
    },
    {
      // Tabel 2: indicators 32-47 measure service capability.
      id: "layanan",
      names: ["Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimum"],
      namesEn: ["Information", "Interaction", "Transaction", "Collaboration", "Optimised"],
    },
  ],
  domains: [
    { id: "D1", no: 1, name: "Kebijakan Internal SPBE", nameEn: "Internal SPBE Policy", weight: 1300, aspectIds: ["A1"] },
    { id: "D2", no: 2, name: "Tata Kelola SPBE", nameEn: "SPBE Governance", weight: 2500, aspectIds: ["A2", "A3", "A4"] },
    { id: "D3", no: 3, name: "Manajemen SPBE", nameEn: "SPBE Management", weight: 1650, aspectIds: ["A5", "A6"] },
    { id: "D4", no: 4, name: "Layanan SPBE", nameEn: "SPBE Services", weight: 4550, aspectIds: ["A7", "A8"] },
  ],
  aspects: [
    { id: "A1", no: 1, name: "Kebijakan Internal Tata Kelola SPBE", nameEn: "Internal policy on SPBE governance", weight: 1300, domainId: "D1", indicatorNos: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    { id: "A2", no: 2, name: "Perencanaan Strategis SPBE", nameEn: "SPBE strategic planning", weight: 1000, domainId: "D2", indicatorNos: [11, 12, 13, 14] },
    { id: "A3", no: 3, name: "Teknologi Informasi dan Komunikasi", nameEn: "Information and communication technology", weight: 1000, domainId: "D2", indicatorNos: [15, 16, 17, 18] },
    { id: "A4", no: 4, name: "Penyelenggara SPBE", nameEn: "SPBE organisers (coordination/collaboration)", weight: 500, domainId: "D2", indicatorNos: [19, 20] },
    { id: "A5", no: 5, name: "Penerapan Manajemen SPBE", nameEn: "Implementation of SPBE management", weight: 1200, domainId: "D3", indicatorNos: [21, 22, 23, 24, 25, 26, 27, 28] },
    { id: "A6", no: 6, name: "Pelaksanaan Audit TIK", nameEn: "ICT audit implementation", weight: 450, domainId: "D3", indicatorNos: [29, 30, 31] },
    { id: "A7", no: 7, name: "Layanan Administrasi Pemerintahan Berbasis Elektronik", nameEn: "Electronic government-administration services", weight: 2750, domainId: "D4", indicatorNos: [32, 33, 34, 35, 36, 37, 38, 39, 40, 41] },
    { id: "A8", no: 8, name: "Layanan Publik Berbasis Elektronik", nameEn: "Electronic public services", weight: 1800, domainId: "D4", indicatorNos: [42, 43, 44, 45, 46, 47] },
  ],
  indicators: [
    { no: 1, name: "Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah", nameEn: "Internal policy on the agency/regional SPBE Architecture", aspectId: "A1", weight: 130, scaleId: "proses" },
    { no: 2, name: "Kebijakan Internal Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah", nameEn: "Internal policy on the agency/regional SPBE Roadmap", aspectId: "A1", weight: 130, scaleId: "proses" },
    { no: 3, name: "Kebijakan Internal Manajemen Data", nameEn: "Internal policy on data management", aspectId: "A1", weight: 130, scaleId: "proses" },
    { no: 4, name: "Kebijakan Internal Pembangunan Aplikasi SPBE", nameEn: "Internal policy on SPBE application development", aspectId: "A1", weight: 130, scaleId: "proses" },
    { no: 5, name: "Kebijakan Internal Layanan Pusat Data", nameEn: "Internal policy on data-centre services", aspectId: "A1", weight: 130, scaleId: "proses" },
    { no: 6, name: "Kebijakan Internal Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah", nameEn: "Internal policy on the agency/regional intranet (intra-network) services", aspectId: "A1", weight: 130, scaleId: "proses" },
    { no: 7, name: "Kebijakan Internal Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah", nameEn: "Internal policy on use of the agency/regional service-connector system", aspectId: "A1", weight: 130, scaleId: "proses" },
    { no: 8, name: "Kebijakan Internal Manajemen Keamanan Informasi", nameEn: "Internal policy on information-security management", aspectId: "A1", weight: 130, scaleId: "proses" },
    { no: 9, name: "Kebijakan Internal Audit TIK", nameEn: "Internal policy on ICT audit", aspectId: "A1", weight: 130, scaleId: "proses" },
    { no: 10, name: "Kebijakan Internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah", nameEn: "Internal policy on the agency/regional SPBE coordination team", aspectId: "A1", weight: 130, scaleId: "proses" },
    { no: 11, name: "Arsitektur SPBE Instansi Pusat/Pemerintah Daerah", nameEn: "Agency/regional SPBE Architecture", aspectId: "A2", weight: 250, scaleId: "proses" },
    { no: 12, name: "Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah", nameEn: "Agency/regional SPBE Roadmap", aspectId: "A2", weight: 250, scaleId: "proses" },
    { no: 13, name: "Keterpaduan Rencana dan Anggaran SPBE", nameEn: "Integration of SPBE plans and budgets", aspectId: "A2", weight: 250, scaleId: "proses" },
    { no: 14, name: "Inovasi Proses Bisnis SPBE", nameEn: "SPBE business-process innovation", aspectId: "A2", weight: 250, scaleId: "proses" },
    { no: 15, name: "Pembangunan Aplikasi SPBE", nameEn: "SPBE application development", aspectId: "A3", weight: 250, scaleId: "proses" },
    { no: 16, name: "Layanan Pusat Data", nameEn: "Data-centre services", aspectId: "A3", weight: 250, scaleId: "proses" },
    { no: 17, name: "Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah", nameEn: "Agency/regional intranet services", aspectId: "A3", weight: 250, scaleId: "proses" },
    { no: 18, name: "Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah", nameEn: "Use of the agency/regional service-connector system", aspectId: "A3", weight: 250, scaleId: "proses" },
    { no: 19, name: "Pelaksanaan Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah", nameEn: "Functioning of the agency/regional SPBE coordination team", aspectId: "A4", weight: 250, scaleId: "proses" },
    { no: 20, name: "Kolaborasi Penerapan SPBE", nameEn: "Collaboration in SPBE implementation", aspectId: "A4", weight: 250, scaleId: "proses" },
    { no: 21, name: "Penerapan Manajemen Risiko SPBE", nameEn: "SPBE risk management", aspectId: "A5", weight: 150, scaleId: "proses" },
    { no: 22, name: "Penerapan Manajemen Keamanan Informasi", nameEn: "Information-security management", aspectId: "A5", weight: 150, scaleId: "proses" },
    { no: 23, name: "Penerapan Manajemen Data", nameEn: "Data management", aspectId: "A5", weight: 150, scaleId: "proses" },
    { no: 24, name: "Penerapan Manajemen Aset TIK", nameEn: "ICT asset management", aspectId: "A5", weight: 150, scaleId: "proses" },
    { no: 25, name: "Penerapan Kompetensi Sumber Daya Manusia", nameEn: "Human-resource (SPBE) competency", aspectId: "A5", weight: 150, scaleId: "proses" },
    { no: 26, name: "Penerapan Manajemen Pengetahuan", nameEn: "Knowledge management", aspectId: "A5", weight: 150, scaleId: "proses" },
    { no: 27, name: "Penerapan Manajemen Perubahan", nameEn: "Change management", aspectId: "A5", weight: 150, scaleId: "proses" },
    { no: 28, name: "Penerapan Manajemen Layanan SPBE", nameEn: "SPBE service management", aspectId: "A5", weight: 150, scaleId: "proses" },
    { no: 29, name: "Pelaksanaan Audit Infrastruktur SPBE", nameEn: "SPBE infrastructure audit", aspectId: "A6", weight: 150, scaleId: "proses" },
    { no: 30, name: "Pelaksanaan Audit Aplikasi SPBE", nameEn: "SPBE application audit", aspectId: "A6", weight: 150, scaleId: "proses" },
    { no: 31, name: "Pelaksanaan Audit Keamanan SPBE", nameEn: "SPBE security audit", aspectId: "A6", weight: 150, scaleId: "proses" },
    { no: 32, name: "Layanan Perencanaan", nameEn: "Planning services", aspectId: "A7", weight: 275, scaleId: "layanan" },
    { no: 33, name: "Layanan Penganggaran", nameEn: "Budgeting services", aspectId: "A7", weight: 275, scaleId: "layanan" },
    { no: 34, name: "Layanan Keuangan", nameEn: "Financial services", aspectId: "A7", weight: 275, scaleId: "layanan" },
    { no: 35, name: "Layanan Pengadaan Barang dan Jasa", nameEn: "Procurement of goods and services", aspectId: "A7", weight: 275, scaleId: "layanan" },
    { no: 36, name: "Layanan Kepegawaian", nameEn: "Personnel (civil-service HR) services", aspectId: "A7", weight: 275, scaleId: "layanan" },
    { no: 37, name: "Layanan Kearsipan Dinamis", nameEn: "Dynamic records/archives services", aspectId: "A7", weight: 275, scaleId: "layanan" },
    { no: 38, name: "Layanan Pengelolaan Barang Milik Negara/Daerah", nameEn: "State/regional asset (BMN/BMD) management services", aspectId: "A7", weight: 275, scaleId: "layanan" },
    { no: 39, name: "Layanan Pengawasan Internal Pemerintah", nameEn: "Government internal-oversight services", aspectId: "A7", weight: 275, scaleId: "layanan" },
    { no: 40, name: "Layanan Akuntabilitas Kinerja Organisasi", nameEn: "Organisational performance-accountability services", aspectId: "A7", weight: 275, scaleId: "layanan" },
    { no: 41, name: "Layanan Kinerja Pegawai", nameEn: "Employee performance services", aspectId: "A7", weight: 275, scaleId: "layanan" },
    { no: 42, name: "Layanan Pengaduan Pelayanan Publik", nameEn: "Public-service complaint services", aspectId: "A8", weight: 300, scaleId: "layanan" },
    { no: 43, name: "Layanan Data Terbuka", nameEn: "Open-data services", aspectId: "A8", weight: 300, scaleId: "layanan" },
    { no: 44, name: "Jaringan Dokumentasi dan Informasi Hukum (JDIH)", nameEn: "Legal documentation and information network (JDIH)", aspectId: "A8", weight: 300, scaleId: "layanan" },
    { no: 45, name: "Layanan Publik Sektor 1", nameEn: "Sectoral public service 1", aspectId: "A8", weight: 300, scaleId: "layanan" },
    { no: 46, name: "Layanan Publik Sektor 2", nameEn: "Sectoral public service 2", aspectId: "A8", weight: 300, scaleId: "layanan" },
    { no: 47, name: "Layanan Publik Sektor 3", nameEn: "Sectoral public service 3", aspectId: "A8", weight: 300, scaleId: "layanan" },
  ],
  bands: SPBE_PREDIKAT_BANDS,
};
