/**
 * Indeks SPBE 2018-2020: Peraturan Menteri PANRB Nomor 5 Tahun 2018 tentang Pedoman Evaluasi SPBE (BN 2018 No. 154),
 * revoked by PermenPANRB 59/2020 from 1 January 2021.
 *
 * Status: RECONSTRUCTED. The structure (3 domains, 7 aspects, 35 indicators, per-aspect counts) is confirmed by
 * KemenPANRB slides. Indicator names and all weights come from a municipal SPBE monitoring system (Kota Denpasar),
 * not from the regulation text; they reproduce the published national indices for 2018 (1,98) and 2020 (2,26) and a
 * municipality's official 2018 result. Results computed with this framework are labelled as reconstructed.
 *
 * - Levels 0-5.
 * - Indicator 35 (Layanan Publik Instansi Pemerintah) covers up to three public services. The published aspect-7
 *   result is reproduced only when the three services weigh the same as indicators 32-34 (20/6 % each). Here
 *   indicator 35 weighs 10 % and holds the mean of its services' levels, which is the same sum; 32-34 weigh 10/3 %.
 * - Predikat bands: the same five bands as 59/2020, per secondary sources (unverified for 5/2018).
 *
 * Weights are in thirds of a percent (1 % = 3, 10/3 % = 10), so every weight is a whole number.
 */
import { SPBE_PREDIKAT_BANDS } from "./spbe-59-2020";
import type { Framework } from "./types";

export const SPBE_5_2018: Framework = {
  id: "5/2018",
  indexName: "Indeks SPBE",
  indexNameEn: "SPBE Index",
  regulation: "Peraturan Menteri PANRB Nomor 5 Tahun 2018 tentang Pedoman Evaluasi SPBE",
  status: "reconstructed",
  years: { from: 2018, to: 2020 },
  weightUnitsPerPercent: 3,
  minLevel: 0,
  maxLevel: 5,
  levelScales: [
    {
      // The reconstructed sources number the levels (0-5) without naming them.
      id: "tingkat",
      names: ["Tingkat 1", "Tingkat 2", "Tingkat 3", "Tingkat 4", "Tingkat 5"],
      namesEn: ["Level 1", "Level 2", "Level 3", "Level 4", "Level 5"],
    },
  ],
  domains: [
    { id: "D1", no: 1, name: "Kebijakan Internal SPBE", nameEn: "Internal SPBE Policy", weight: 51, aspectIds: ["A1", "A2"] },
    { id: "D2", no: 2, name: "Tata Kelola SPBE", nameEn: "SPBE Governance", weight: 84, aspectIds: ["A3", "A4", "A5"] },
    { id: "D3", no: 3, name: "Layanan SPBE", nameEn: "SPBE Services", weight: 165, aspectIds: ["A6", "A7"] },
  ],
  aspects: [
    { id: "A1", no: 1, name: "Kebijakan Internal Tata Kelola SPBE", nameEn: "Internal policy on SPBE governance", weight: 21, domainId: "D1", indicatorNos: [1, 2, 3, 4, 5, 6, 7] },
    { id: "A2", no: 2, name: "Kebijakan Internal Layanan SPBE", nameEn: "Internal policy on SPBE services", weight: 30, domainId: "D1", indicatorNos: [8, 9, 10, 11, 12, 13, 14, 15, 16, 17] },
    { id: "A3", no: 3, name: "Kelembagaan", nameEn: "Institutions", weight: 24, domainId: "D2", indicatorNos: [18, 19] },
    { id: "A4", no: 4, name: "Strategi dan Perencanaan", nameEn: "Strategy and planning", weight: 24, domainId: "D2", indicatorNos: [20, 21] },
    { id: "A5", no: 5, name: "Teknologi Informasi dan Komunikasi", nameEn: "Information and communication technology", weight: 36, domainId: "D2", indicatorNos: [22, 23, 24] },
    { id: "A6", no: 6, name: "Layanan Administrasi Pemerintahan Berbasis Elektronik", nameEn: "Electronic government-administration services", weight: 105, domainId: "D3", indicatorNos: [25, 26, 27, 28, 29, 30, 31] },
    { id: "A7", no: 7, name: "Layanan Publik Berbasis Elektronik", nameEn: "Electronic public services", weight: 60, domainId: "D3", indicatorNos: [32, 33, 34, 35] },
  ],
  indicators: [
    { no: 1, name: "Kebijakan Internal Tim Pengarah SPBE Instansi Pemerintah", nameEn: "Internal policy on agency SPBE steering team", aspectId: "A1", weight: 3, scaleId: "tingkat" },
    { no: 2, name: "Kebijakan Internal Inovasi Proses Bisnis Terintegrasi", nameEn: "Internal policy on integrated business-process innovation", aspectId: "A1", weight: 3, scaleId: "tingkat" },
    { no: 3, name: "Kebijakan Internal Rencana Induk SPBE Instansi Pemerintah", nameEn: "Internal policy on agency SPBE master plan", aspectId: "A1", weight: 3, scaleId: "tingkat" },
    { no: 4, name: "Kebijakan Internal Anggaran dan Belanja TIK", nameEn: "Internal policy on iCT budget and spending", aspectId: "A1", weight: 3, scaleId: "tingkat" },
    { no: 5, name: "Kebijakan Internal Pengoperasian Pusat Data", nameEn: "Internal policy on data-centre operation", aspectId: "A1", weight: 3, scaleId: "tingkat" },
    { no: 6, name: "Kebijakan Internal Integrasi Sistem Aplikasi", nameEn: "Internal policy on application-system integration", aspectId: "A1", weight: 3, scaleId: "tingkat" },
    { no: 7, name: "Kebijakan Internal Penggunaan Aplikasi Umum Berbagi Pakai", nameEn: "Internal policy on use of shared general applications", aspectId: "A1", weight: 3, scaleId: "tingkat" },
    { no: 8, name: "Kebijakan Internal Layanan Naskah Dinas", nameEn: "Internal policy on official-correspondence services", aspectId: "A2", weight: 3, scaleId: "tingkat" },
    { no: 9, name: "Kebijakan Internal Layanan Manajemen Kepegawaian", nameEn: "Internal policy on personnel-management services", aspectId: "A2", weight: 3, scaleId: "tingkat" },
    { no: 10, name: "Kebijakan Internal Layanan Manajemen Perencanaan dan Penganggaran", nameEn: "Internal policy on planning and budgeting management services", aspectId: "A2", weight: 3, scaleId: "tingkat" },
    { no: 11, name: "Kebijakan Internal Layanan Manajemen Keuangan", nameEn: "Internal policy on financial-management services", aspectId: "A2", weight: 3, scaleId: "tingkat" },
    { no: 12, name: "Kebijakan Internal Layanan Manajemen Kinerja", nameEn: "Internal policy on performance-management services", aspectId: "A2", weight: 3, scaleId: "tingkat" },
    { no: 13, name: "Kebijakan Internal Layanan Pengadaan", nameEn: "Internal policy on procurement services", aspectId: "A2", weight: 3, scaleId: "tingkat" },
    { no: 14, name: "Kebijakan Internal Layanan Pengaduan Publik", nameEn: "Internal policy on public-complaint services", aspectId: "A2", weight: 3, scaleId: "tingkat" },
    { no: 15, name: "Kebijakan Internal Layanan Dokumentasi dan Informasi Hukum", nameEn: "Internal policy on legal documentation and information services", aspectId: "A2", weight: 3, scaleId: "tingkat" },
    { no: 16, name: "Kebijakan Internal Layanan Whistle Blowing System (WBS)", nameEn: "Internal policy on whistle-blowing system (WBS) services", aspectId: "A2", weight: 3, scaleId: "tingkat" },
    { no: 17, name: "Kebijakan Internal Layanan Publik Instansi Pemerintah", nameEn: "Internal policy on agency public services", aspectId: "A2", weight: 3, scaleId: "tingkat" },
    { no: 18, name: "Tim Pengarah SPBE Instansi Pemerintah", nameEn: "Agency SPBE steering team", aspectId: "A3", weight: 12, scaleId: "tingkat" },
    { no: 19, name: "Inovasi Proses Bisnis Terintegrasi", nameEn: "Integrated business-process innovation", aspectId: "A3", weight: 12, scaleId: "tingkat" },
    { no: 20, name: "Rencana Induk SPBE Instansi Pemerintah", nameEn: "Agency SPBE master plan", aspectId: "A4", weight: 12, scaleId: "tingkat" },
    { no: 21, name: "Anggaran dan Belanja TIK", nameEn: "ICT budget and spending", aspectId: "A4", weight: 12, scaleId: "tingkat" },
    { no: 22, name: "Pengoperasian Pusat Data", nameEn: "Data-centre operation", aspectId: "A5", weight: 12, scaleId: "tingkat" },
    { no: 23, name: "Integrasi Sistem Aplikasi", nameEn: "Application-system integration", aspectId: "A5", weight: 12, scaleId: "tingkat" },
    { no: 24, name: "Penggunaan Aplikasi Umum Berbagi Pakai", nameEn: "Use of shared general applications", aspectId: "A5", weight: 12, scaleId: "tingkat" },
    { no: 25, name: "Layanan Naskah Dinas", nameEn: "Official-correspondence services", aspectId: "A6", weight: 15, scaleId: "tingkat" },
    { no: 26, name: "Layanan Manajemen Kepegawaian", nameEn: "Personnel-management services", aspectId: "A6", weight: 15, scaleId: "tingkat" },
    { no: 27, name: "Layanan Manajemen Perencanaan", nameEn: "Planning management services", aspectId: "A6", weight: 15, scaleId: "tingkat" },
    { no: 28, name: "Layanan Manajemen Penganggaran", nameEn: "Budgeting management services", aspectId: "A6", weight: 15, scaleId: "tingkat" },
    { no: 29, name: "Layanan Manajemen Keuangan", nameEn: "Financial-management services", aspectId: "A6", weight: 15, scaleId: "tingkat" },
    { no: 30, name: "Layanan Manajemen Kinerja", nameEn: "Performance-management services", aspectId: "A6", weight: 15, scaleId: "tingkat" },
    { no: 31, name: "Layanan Pengadaan", nameEn: "Procurement services", aspectId: "A6", weight: 15, scaleId: "tingkat" },
    { no: 32, name: "Layanan Pengaduan Publik", nameEn: "Public-complaint services", aspectId: "A7", weight: 10, scaleId: "tingkat" },
    { no: 33, name: "Layanan Dokumentasi dan Informasi Hukum", nameEn: "Legal documentation and information services", aspectId: "A7", weight: 10, scaleId: "tingkat" },
    { no: 34, name: "Layanan Whistle-Blowing System", nameEn: "Whistle-blowing system services", aspectId: "A7", weight: 10, scaleId: "tingkat" },
    { no: 35, name: "Layanan Publik Instansi Pemerintah", nameEn: "Agency public services", aspectId: "A7", weight: 30, scaleId: "tingkat", averagedOverRows: true },
  ],
  // Secondary sources report the same five bands as 59/2020 (national 1,98 and 2,18 called "Cukup").
  bands: SPBE_PREDIKAT_BANDS,
};
