/** The page opened outside Excel: the words in Indonesian, then in English (assembled in ./index.ts). */
import { PRODUCT_NAME } from "../../core";

const id = {
  noHostTitle: "SPBE & Pemdi untuk Excel",
  noHostIntro:
    "Halaman ini adalah panel tugas add-in Excel untuk evaluasi SPBE (PermenPANRB 59/2020, 5/2018) dan Indeks Pemdi (PermenPANRB 8/2026). Halaman ini hanya bekerja di dalam Excel.",
  noHostInstallHeading: "Cara memasang",
  noHostSteps: [
    "Buka Excel di web (atau Excel untuk Windows/Mac, Microsoft 365).",
    "Pilih Sisipkan > Add-in > Unggah Add-in Saya (Insert > Add-ins > Upload My Add-in).",
    "Pilih berkas manifest.xml dari add-in ini, lalu buka panel melalui tombol “Evaluasi SPBE” di tab Beranda.",
  ],
  noHostNote: "Fungsi SPBE.* memerlukan Microsoft 365; template yang dibuat tetap menghitung dengan rumus Excel biasa.",
};

const en: typeof id = {
  noHostTitle: PRODUCT_NAME,
  noHostIntro:
    "This page is the task pane of an Excel add-in for the SPBE evaluations (PermenPANRB 59/2020, 5/2018) and the Pemdi Index (PermenPANRB 8/2026). It works only inside Excel.",
  noHostInstallHeading: "How to install",
  noHostSteps: [
    "Open Excel on the web (or Excel for Windows/Mac, Microsoft 365).",
    "Choose Insert > Add-ins > Upload My Add-in.",
    "Pick this add-in's manifest.xml, then open the pane with the “SPBE Evaluation” button on the Home tab.",
  ],
  noHostNote: "The SPBE.* functions need Microsoft 365; generated templates keep computing with plain Excel formulas.",
};

export const noHostStrings = { id, en };
