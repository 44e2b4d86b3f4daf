/**
 * Level criteria of PermenPANRB 8/2026 (Indeks Pemdi): a description and the criteria of levels 1-5 for each of the
 * 20 indicators, for the template's Referensi sheet.
 *
 * SECONDARY SOURCE, shown with this status on the sheet (QUESTIONNAIRE_SOURCES in questionnaires.ts): the criteria
 * are the text of KemenPANRB's 2026 training modules ("Modul Indikator", one per indicator) as extracted by a local
 * government team, and the descriptions the regulation's Lampiran as parsed by the same team; neither has been
 * checked against the Lampiran itself. "..." marks abridgements; text in parentheses comes from the modules'
 * "Kondisi" and "Data Dukung" parts.
 * Source: Niumination/PemdiAcehTengah, data/modul-indikator.json at 25b056b0fa6768dd359ef4a7ca1a91b32a411c9c (via ../shared/reference/frameworks/pemdi-8-2026-criteria.json).
 *
 * Kept apart from the framework module, as the 59/2020 questionnaire is: the custom-functions bundle never loads it.
 */
import type { QuestionnaireEntry } from "./spbe-59-2020-questionnaire";

/** Indexed by indicator number - 1; `question` holds the indicator's description (the regulation asks no question). */
export const PEMDI_8_2026_CRITERIA: readonly QuestionnaireEntry[] = [
  {
    // I1. Tingkat Kematangan Tata Kelola Pemerintah Digital
    question: "Tata kelola Pemdi adalah kerangka kerja yang memastikan terlaksananya perencanaan, pelaksanaan, dan pengendalian dalam penerapan Pemdi secara terpadu. Tata Kelola Pemdi terdiri dari: 1. Rencana Aksi Nasional Pemdi, sebagai referensi Rencana Aksi pada Instansi Pemerintah; dan 2. Arsitektur Pemdi Instansi Pemerintah untuk transformasi tata kelola Pemdi untuk pembangunan nasional.",
    criteria: [
      "Substansi Rencana Aksi Nasional Pemdi untuk perencanaan pada Instansi Pemerintah dalam tahap penyusunan.",
      "Substansi Rencana Aksi Nasional Pemdi untuk perencanaan pada Instansi Pemerintah di tingkat mikro telah disusun. Pelaksanaan Rencana Aksi Pemdi dan penerapan Arsitektur Pemdi pada tingkat mikro telah dilakukan pada sebagian Layanan Digital Instansi Pemerintah, untuk mendukung transformasi tata kelola Pemdi dan pembangunan di lingkungan Instansi Pemerintah. (+ substansi masuk perencanaan / Arsitektur terupdate di SIAP Digital; dianggarkan; disusun kolaboratif oleh Tim Koordinasi Pemdi; berdasar RPJPN 2025-2045 dan RPJMN)",
      "Langkah-langkah atau kegiatan nyata telah dilaksanakan, sesuai Substansi Rencana Aksi Nasional Pemdi pada perencanaan Instansi Pemerintah. Telah memanfaatkan Arsitektur Pemdi, pada seluruh Layanan Digital Pemerintah prioritas dan/atau Layanan Digital Pemerintah tematik, untuk mendukung transformasi tata kelola pelayanan publik dan pembangunan di lingkungan Instansi Pemerintah.",
      "Telah dilakukan reviu atas Substansi Rencana Aksi Nasional Pemdi pada perencanaan Instansi Pemerintah. Telah memanfaatkan Arsitektur Pemdi, pada seluruh Layanan Digital Pemerintah prioritas dan/atau Layanan Digital Pemerintah tematik, serta telah dilakukan reviu, untuk mendukung transformasi tata kelola pelayanan publik dan pembangunan nasional. (Kondisi Pemda: dilaksanakan konsisten lebih dari 2 tahun terakhir)",
      "Langkah-langkah atau kegiatan nyata telah dilaksanakan sesuai reviu atas Substansi Rencana Aksi Nasional Pemdi pada perencanaan Instansi Pemerintah. Telah memanfaatkan reviu Arsitektur Pemdi, pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik, untuk mendukung transformasi tata kelola pelayanan publik dan pembangunan nasional. Optimalisasi Substansi Rencana Aksi Nasional Pemerintah Digital pada perencanaan IPPD.",
    ],
  },
  {
    // I2. Tingkat Kematangan Manajemen Layanan Digital Pemerintah
    question: "Manajemen Layanan Digital Pemerintah adalah serangkaian proses untuk mendukung penyelenggaraan Layanan Digital Pemerintah yang berkualitas ... terdiri dari: 1. Manajemen Risiko; 2. Manajemen Perubahan; 3. Manajemen Pengetahuan; 4. Manajemen Keberlangsungan; dan 5. Manajemen Relasi Pengguna.",
    criteria: [
      "Substansi Rencana Aksi Nasional Pemdi pada perencanaan Instansi Pemerintah masih dalam penyusunan dan Manajemen Layanan Digital Pemerintah dilaksanakan pada tingkat Instansi Pemerintah sesuai dengan kebutuhan.",
      "Substansi Rencana Aksi Nasional Pemdi pada perencanaan Instansi Pemerintah telah menjadi referensi arah pelaksanaan Manajemen Layanan Digital Pemerintah sesuai dengan pedoman Manajemen Layanan Digital Pemerintah, pada sebagian Layanan Digital Instansi Pemerintah.",
      "Substansi Rencana Aksi Nasional Pemdi pada perencanaan Instansi Pemerintah telah menjadi referensi arah pelaksanaan Manajemen Layanan Digital Pemerintah sesuai dengan pedoman Manajemen Layanan Digital Pemerintah, pada seluruh Layanan Digital Instansi Pemerintah.",
      "Pelaksanaan Manajemen Layanan Digital Instansi Pemerintah telah dilakukan reviu secara menyeluruh. (Kondisi: konsisten lebih dari 2 tahun terakhir)",
      "Penerapan tindak lanjut sesuai reviu telah dilakukan secara menyeluruh pada Layanan Digital Instansi Pemerintah.",
    ],
  },
  {
    // I3. Tingkat Kematangan Sumber Daya Manusia Pemerintah Digital
    question: "Kompetensi SDM Pemdi adalah Kompetensi Digital ASN yang merupakan bagian dari Kompetensi Teknis ASN ... mencakup: 1. Kepemimpinan Digital. 2. Kemahiran Digital. 3. Literasi Digital.",
    criteria: [
      "Dalam persiapan peningkatan kompetensi digital kepada ASN berbasis peta kompetensi untuk mencapai kompetensi digital optimal.",
      "Lebih dari 50% ASN telah memiliki kompetensi digital optimal, yang didapatkan melalui Asesmen Kompetensi Digital ASN ataupun pengakuan pembelajaran terstandarisasi. (Kondisi: komunitas belajar >20% ASN; forum internasional; pembelajaran digital nasional)",
      "Telah melaksanakan peningkatan kompetensi digital kepada lebih dari 90% ASN pengelola maupun pengguna layanan digital, serta sumber daya lainnya secara menyeluruh untuk mencapai kompetensi digital optimal. (Kondisi: komunitas belajar >50%; AI & analisis data >20% ASN)",
      "Telah melaksanakan peningkatan kompetensi digital kepada lebih dari 90% ASN pengelola untuk mencapai kompetensi digital optimal. (Kondisi: komunitas belajar >75%; AI & analisis data >50% ASN)",
      "Telah memiliki kompetensi digital ASN untuk dapat memanfaatkan AI, Analisis Data, dan teknologi terbaru secara intensif dalam meningkatkan kinerja dan produktivitas IPPD, dalam rangka mendukung transformasi tata kelola pelayanan publik dan pembangunan. (Kondisi: komunitas >90%; sertifikat internasional >20% ASN pengelola; AI >90% ASN)",
    ],
  },
  {
    // I4. Tingkat Kematangan Kolaborasi Pemerintah Digital
    question: "Forum Koordinasi Pemdi merupakan wadah untuk pertukaran informasi dan peningkatan kapasitas pelaksanaan Pemdi bagi Instansi Pemerintah bersama dan tidak terbatas kepada akademisi, lembaga penelitian, pelaku usaha, industri, media, komunitas, dan organisasi masyarakat baik dalam negeri maupun luar negeri ...",
    criteria: [
      "Substansi Rencana Aksi Nasional Pemdi pada perencanaan Instansi Pemerintah masih dalam penyusunan mengenai kolaborasi antar unit kerja/perangkat daerah di Instansi Pemerintah di lingkungan instansi, dalam rangka peningkatan kualitas pelaksanaan Pemdi yang dilaksanakan secara terarah sesuai dengan kebutuhan.",
      "Substansi Rencana Aksi Nasional Pemdi pada perencanaan Instansi Pemerintah telah menjadi referensi dalam pelaksanaan kolaborasi antar Instansi Pemerintah hingga kolaborasi di tingkat nasional, dalam rangka peningkatan kualitas pelaksanaan Pemdi.",
      "Substansi Rencana Aksi Nasional Pemdi ... telah menjadi referensi dalam pelaksanaan kolaborasi antar Instansi Pemerintah, bersama dan tidak terbatas kepada akademisi, lembaga penelitian, pelaku usaha, industri, media, komunitas, dan organisasi masyarakat ... serta bersifat partisipasi aktif para pihak (co-creation).",
      "Kolaborasi ... dalam penerapan Pemdi telah dilaksanakan secara terarah di tingkat Instansi Pemerintah, serta telah dilakukan reviu; dan/atau Kolaborasi antar Instansi Pemerintah dalam rangka koordinasi dan konsolidasi untuk memberikan layanan kepada Presiden melalui Dasbor Presiden.",
      "Penerapan tindak lanjut sesuai reviu secara menyeluruh pada kegiatan kolaborasi Pemdi.",
    ],
  },
  {
    // I5. Tingkat Kematangan Tata Kelola Data (Indeks Satu Data Indonesia)
    question: "Tata Kelola Data adalah kemampuan/kapabilitas dari Instansi Pemerintah dalam menerapkan Tata Kelola Data melalui serangkaian proses Satu Data Indonesia ...",
    criteria: [
      "Dalam tahap penyiapan mekanisme koordinasi atau regulasi internal dan berproses untuk pemanfaatan data pada Layanan Digital Pemerintah. Dalam tahap penyiapan untuk Penyelenggara SDI ... [Kondisi: Indeks SDI 0 – 12.5]",
      "Sudah terbentuk penyelenggara SDI ...; mulai menyusun metadata/standar data ...; inisiatif pemanfaatan data. [Kondisi: Indeks SDI 12.5 – 37.5]",
      "Struktur kelembagaan dan regulasi dasar tata kelola data sudah tersedia; sebagian besar data sudah memiliki standar data dan metadata; sistem berbagi pakai data ... [Kondisi: Indeks SDI 37.5 – 62.5]",
      "Hampir seluruh prinsip SDI telah diterapkan dengan baik dan konsisten ...; integrasi sistem; evaluasi pemanfaatan data; dan/atau data dikonsolidasikan untuk Dasbor Presiden. [Kondisi: Indeks SDI 62.5 – 75.0]",
      "Seluruh prinsip SDI telah diterapkan dengan baik, konsisten, dan berkelanjutan ...; dan/atau tindak lanjut reviu data untuk Dasbor Presiden. [Kondisi: Indeks SDI 75.0 – 100.0]",
    ],
  },
  {
    // I6. Tingkat Kematangan Penyelenggaraan Informasi Geospasial (Indeks SJIG)
    question: "Kemampuan/kapabilitas ... dalam berbagi pakai dan memanfaatkan data dan Informasi Geospasial ... Indikator penilaian diselaraskan dengan Evaluasi Simpul Jaringan Informasi Geospasial (SJIG).",
    criteria: [
      "Dalam tahap penyiapan tata kelola data dan informasi geospasial, kelembagaan diinisiasi ...; geoportal; penyiapan mekanisme koordinasi/regulasi internal. [Kondisi: 1 < SJIG < 1,50]",
      "Tatakelola dan kelembagaan penyelenggaraan informasi geospasial telah ditetapkan melalui regulasi resmi ... [Kondisi: 1,50 < SJIG < 2,50]",
      "Sudah terdapat SOP penyelenggaraan informasi geospasial dengan mengutamakan pemanfaatan teknologi digital ... [Kondisi: 2,50 < SJIG < 3,50]",
      "Telah memiliki rencana kerja atau roadmap penyelenggaraan informasi geospasial ...; JF Surveyor Pemetaan; manajemen kualitas ... [Kondisi: 3,50 < SJIG < 4,00]",
      "Telah dilakukan review secara berkala terhadap regulasi/kebijakan penyelenggaraan informasi geospasial dan kelembagaan pengelola Simpul Jaringan IG ... [Kondisi: 4,00 < SJIG < 5,00]",
    ],
  },
  {
    // I7. Tingkat Kematangan Pembangunan Statistik (Indeks Pembangunan Statistik / EPSS)
    question: "Kemampuan/kapabilitas ... dalam memanfaatkan Data Statistik ... Indikator penilaian diselaraskan dengan Evaluasi Penyelenggaraan Statistik Sektoral (EPSS).",
    criteria: [
      "Dalam proses penyelenggaraan Statistik Sektoral ... pelaksanaannya masih bersifat sementara (ad-hoc) ... [Kondisi: IPS < 1,8]",
      "Proses penyelenggaraan statistik sektoral telah dilakukan oleh sebagian/seluruh unit kerja ... [Kondisi: 1,8 < IPS < 2,60]",
      "Proses penyelenggaraan statistik sektoral telah dilakukan oleh seluruh unit kerja dan telah diharmonisasi ... [Kondisi: 2,60 < IPS < 3,50]",
      "... telah diharmonisasi, dan dilakukan secara terpadu ... [Kondisi: 3,50 < IPS < 4,20]",
      "... dilakukan secara terpadu, dan berkontribusi pada kinerja organisasi ... [Kondisi: 4,20 < IPS < 5,00]",
    ],
  },
  {
    // I8. Tingkat Kematangan Pelindungan Data Pribadi
    question: "Tata Kelola Pelindungan Data Pribadi memuat aspek Sumber Daya Manusia dan Kebijakan ... Penerapan teknis PDP mencakup ... 1. Sistem Pengendalian Teknis PDP; 2. Manajemen respons hak subjek data; 3. Perekaman Aktivitas Pemrosesan Data Pribadi; 4. Manajemen risiko keamanan data pribadi dan penilaian dampak PDP.",
    criteria: [
      "Penerapan tata kelola dan teknis PDP masih bersifat ad-hoc (tanpa arah kebijakan organisasi implementasi PDP).",
      "Penerapan tata kelola PDP dilaksanakan sesuai dengan rencana aksi implementasi PDP pada Layanan Digital Pemerintah ... Penerapan teknis PDP dilaksanakan sesuai perencanaan pada sebagian Layanan Digital Pemerintah.",
      "Substansi perencanaan implementasi PDP termasuk dalam dengan Rencana Aksi Pemerintah Digital. Penerapan tata kelola PDP dan penerapan teknis PDP dilaksanakan sesuai perencanaan pada seluruh Layanan Digital Pemerintah.",
      "Evaluasi menyeluruh pada penerapan tata kelola PDP pada Layanan Digital Pemerintah. Evaluasi menyeluruh terhadap penerapan teknis PDP ...",
      "Tindak lanjut pada hasil evaluasi penerapan tata kelola PDP telah dilakukan secara menyeluruh. Tata kelola PDP telah menjadi budaya kerja ... Tindak lanjut pada hasil evaluasi penerapan teknis PDP telah dilakukan secara menyeluruh.",
    ],
  },
  {
    // I9. Tingkat Kematangan Pelaksanaan Audit Keamanan Pemdi & Teknologi Pemdi
    question: "Kemampuan/kapabilitas dari Instansi Pemerintah dalam pelaksanaan Audit Keamanan Pemdi dan Teknologi Pemdi ... sesuai dengan ketentuan standar dan tata cara pelaksanaan Audit Keamanan Pemdi dan Teknologi Pemdi.",
    criteria: [
      "Instansi Pemerintah telah membentuk Tim Audit dan Perencanaan Audit sesuai dengan substansi Rencana Aksi Nasional Pemerintah Digital pada perencanaan IPPD, serta Arsitektur Keamanan Pemerintah Digital dan Arsitektur Teknologi Pemerintah Digital.",
      "IPPD telah melakukan Audit Keamanan Pemerintah Digital dan Teknologi Pemerintah Digital Internal dalam penyelenggaraan sebagian Layanan Pemerintah.",
      "IPPD telah melakukan Audit ... Internal ...; Tindak Lanjut atas hasil Audit ... Internal ... telah dilaksanakan.",
      "Audit Eksternal Keamanan Pemerintah Digital dan Teknologi Pemerintah Digital untuk layanan digital prioritas IPPD ... telah dilaksanakan.",
      "Tindak Lanjut atas hasil Audit Eksternal Keamanan Pemerintah Digital dan Teknologi Pemerintah Digital dalam penyelenggaraan Layanan Pemerintah telah dilaksanakan.",
    ],
  },
  {
    // I10. Tingkat Kematangan Keamanan Siber (IKASANDI)
    question: "Kemampuan/kapabilitas ... dalam menyelenggarakan keamanan Pemdi meliputi implementasi tata kelola dan manajemen keamanan informasi, serta implementasi kontrol teknis keamanan berdasarkan Instrumen Pengukuran Kematangan Keamanan Siber dan Sandi (IKASANDI).",
    criteria: [
      "Dalam tahap penyusunan tata kelola dan manajemen keamanan informasi. Dalam tahap identifikasi Infrastruktur Informasi Vital oleh Instansi Pemerintah. [Data Dukung: 0 < IKASANDI < 1,5]",
      "Instansi Pemerintah telah menerapkan tata kelola manajemen keamanan informasi sesuai dengan pedoman ... sesuai substansi RAN Pemdi ... Telah melakukan identifikasi Infrastruktur Informasi Vital. [1,50 < IKASANDI < 2,50]",
      "... telah menerapkan tata kelola manajemen keamanan informasi sesuai dengan pedoman. Telah melaksanakan implementasi kontrol teknis berdasarkan hasil kematangan keamanan siber. [2,50 < IKASANDI < 3,50]",
      "Tata kelola manajemen keamanan Instansi Pemerintah telah terorganisir, terkelola secara terpadu, dan optimal, serta dilaksanakan reviu secara berkala. [3,50 < IKASANDI < 4,00]",
      "Penerapan tindak lanjut sesuai reviu atas Keamanan Pemerintah Digital Instansi Pemerintah melalui proses otomasi. [4,00 < IKASANDI < 5,00]",
    ],
  },
  {
    // I11. Tingkat Kematangan Penerapan Kriptografi untuk Keamanan Data (IKASANDI)
    question: "Kemampuan/kapabilitas ... dalam melakukan proteksi keamanan kerahasiaan data melalui penerapan fungsi kriptografi ... at-rest, in-use, in-transit ...",
    criteria: [
      "Dalam tahap penyiapan penerapan teknologi kriptografi untuk keamanan data, sesuai dengan peraturan perundang-undangan.",
      "Sudah menerapkan teknologi kriptografi sesuai dengan peraturan perundang-undangan pada sebagian Layanan Digital Pemerintah. (Kondisi: 1 siklus data terhadap ≤ 50% layanan kategori tinggi)",
      "Teknologi kriptografi telah diterapkan pada sebagian Layanan Digital Pemerintah di 2 (dua) siklus data.",
      "Teknologi kriptografi telah diterapkan pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik di 2 (dua) siklus data. Telah dilakukan evaluasi pada penerapan teknologi kriptografi.",
      "Telah melakukan tindak lanjut hasil evaluasi pada penerapan teknologi kriptografi ... [Data Dukung: Area Kematangan Persandian 4,00 < IKASANDI < 5,00]",
    ],
  },
  {
    // I12. Tingkat Kematangan Kapabilitas Penanganan Insiden Siber (IKASANDI)
    question: "Kemampuan/kapabilitas ... dalam Penanganan Insiden Siber ... berdasarkan IKASANDI pada Area Penanganan Insiden Siber, termasuk memanfaatkan TTIS/CSIRT ... hingga kolaborasi dengan TTIS Nasional.",
    criteria: [
      "Dalam tahap penyiapan untuk Penanganan Insiden Siber pada Layanan Digital Pemerintah. Penanganan Insiden Siber ... dilaksanakan sesuai kebutuhan Instansi Pemerintah. [0 < IKASANDI < 1,50]",
      "IPPD telah membentuk TTIS sesuai dengan pedoman dan perencanaan yang terarah. Penanganan insiden siber telah dilakukan oleh TTIS pada sebagian Layanan Digital Pemerintah. [1,50 < IKASANDI < 2,50]",
      "Instansi Pemerintah telah melaksanakan Penanganan Insiden Siber melalui TTIS ... pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik ... terstandar dan terstruktur. [2,50 < IKASANDI < 3,50]",
      "Kapabilitas Penanganan Insiden Siber melalui TTIS ... telah direviu secara berkala. TTIS berpartisipasi aktif ... dengan TTIS lainnya dalam lingkup nasional. [3,50 < IKASANDI < 4,00]",
      "Pelaksanaan penanganan insiden oleh TTIS ... telah dievaluasi untuk perbaikan berkelanjutan. Optimalisasi ... memberikan dampak terhadap kapabilitas keamanan Pemerintah Digital nasional. [4,00 < IKASANDI < 5,00]",
    ],
  },
  {
    // I13. Tingkat Kematangan Aplikasi Pemerintah Digital
    question: "Aplikasi Pemdi adalah aplikasi, sistem informasi, sistem elektronik, platform digital ... Siklus pembangunan dan pengembangan Aplikasi Pemdi terdiri atas: 1. analisis kebutuhan; 2. perencanaan; 3. rancang bangun; 4. implementasi; 5. uji kelaikan; 6. pemeliharaan; dan 7. evaluasi",
    criteria: [
      "Substansi Rencana Aksi Nasional Pemdi pada perencanaan Instansi Pemerintah dan Arsitektur Teknologi Pemdi pada tingkat mikro dalam tahap penyusunan, sebagai referensi arah pembangunan/pengembangan aplikasi instansi.",
      "... telah menjadi referensi arah pembangunan/pengembangan aplikasi instansi pada sebagian Layanan Digital Instansi Pemerintah. ... pembangunan/pengembangan sebagian aplikasi ... terkelola dengan baik, terencana, terawasi, dan terekam.",
      "... telah menjadi referensi arah pembangunan/pengembangan aplikasi instansi pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik Instansi Pemerintah. (Kondisi: terminasi aplikasi; kode sumber di repositori)",
      "Pembangunan/pengembangan aplikasi telah mengintegrasikan seluruh aplikasi instansi serta mendukung Layanan Digital Pemerintah ... terorganisir, terkelola secara terpadu, dan optimal, serta dilaksanakan reviu secara berkala.",
      "Pembangunan/pengembangan aplikasi telah mengintegrasikan seluruh aplikasi instansi, mendukung Layanan Digital Pemerintah, serta menerapkan seluruh manajemen Layanan Digital Pemerintah. Tindak Lanjut atas hasil reviu ... telah dilaksanakan.",
    ],
  },
  {
    // I14. Tingkat Kematangan Infrastruktur Pemerintah Digital
    question: "Infrastruktur Pemdi adalah semua perangkat keras, perangkat lunak, dan fasilitas ... mengutamakan Teknologi Awan ... Fasilitas Infrastruktur Pemdi terdiri atas: 1. Ekosistem Pusat Data Nasional. 2. Jaringan Intra Pemerintah.",
    criteria: [
      "Substansi Rencana Aksi Nasional Pemerintah Digital pada perencanaan IPPD dan Arsitektur Teknologi Pemerintah Digital pada tingkat mikro dalam tahapan penyusunan, sebagai referensi pemanfaatan Infrastruktur Pemerintah Digital.",
      "... telah menjadi referensi penyediaan Infrastruktur Digital Instansi serta sebagian Layanan Digital Instansi Pemerintah telah berbasis teknologi awan sesuai peraturan perundang-undangan yang berlaku.",
      "... telah menjadi referensi penyediaan Infrastruktur Digital Instansi serta seluruh Layanan Digital Pemerintah prioritas dan/atau tematik IPPD telah berbasis teknologi awan.",
      "Penyediaan Infrastruktur Digital instansi telah terintegrasi dengan Infrastruktur Digital Pemerintah Nasional ... dilaksanakan reviu secara berkala.",
      "Penyediaan Infrastruktur Digital instansi telah terintegrasi dan telah memanfaatkan Infrastruktur Digital Pemerintah Nasional, untuk menjamin keberlangsungan layanan digital. Tindak Lanjut atas hasil reviu ... telah dilaksanakan.",
    ],
  },
  {
    // I15. Tingkat Kematangan Keterpaduan Proses Bisnis Lintas Sektor
    question: "Kemampuan/kapabilitas ... dalam mewujudkan keterpaduan Layanan Digital Pemerintah melalui keterpaduan proses bisnis Pemdi berbasis Arsitektur Pemdi yang berorientasi pada kebutuhan pengguna ... (Human-Based).",
    criteria: [
      "Substansi Rencana Aksi Nasional Pemdi ... dan Arsitektur Layanan Digital Pemerintah pada tingkat mikro dalam tahap penyusunan, sebagai referensi keterpaduan proses bisnis Pemdi Instansi Pemerintah.",
      "... telah menjadi referensi keterpaduan proses bisnis Pemdi pada sebagian Layanan Digital Instansi Pemerintah.",
      "... telah menjadi referensi keterpaduan proses bisnis Pemdi Instansi Pemerintah pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik.",
      "Keterpaduan proses bisnis Instansi Pemerintah telah menjadi bagian dari proses bisnis Pemdi lintas sektor di tingkat nasional ... reviu secara berkala ... budaya tertib arsip, menjadi arsip digital sebagai basis pemanfaatan Analisis Data.",
      "Keterpaduan proses bisnis Pemdi Instansi Pemerintah telah menjadi bagian dari proses bisnis lintas sektor di tingkat nasional. Tindak Lanjut atas hasil reviu ... telah dilaksanakan ...",
    ],
  },
  {
    // I16. Tingkat Kematangan Integrasi Aplikasi
    question: "Integrasi aplikasi adalah proses menghubungkan berbagai aplikasi dan sistem perangkat lunak agar dapat bekerja sama dan berbagi data secara holistik ...",
    criteria: [
      "Substansi Rencana Aksi Nasional Pemdi ... dan Arsitektur Teknologi Pemdi pada tingkat mikro dalam tahapan penyusunan, sebagai referensi integrasi aplikasi Instansi Pemerintah.",
      "... telah menjadi referensi integrasi aplikasi pada sebagian Layanan Digital Instansi Pemerintah.",
      "... telah menjadi referensi integrasi aplikasi pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik Instansi Pemerintah; dan/atau Instansi Pemerintah telah mengintegrasikan Aplikasi yang mendukung proses bisnis utama dengan Dasbor Presiden.",
      "Integrasi Aplikasi ... telah diterapkan pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik ... terorganisir, terkelola secara terpadu, dan optimal, serta dilaksanakan reviu secara berkala ...; dan/atau ... sesuai kebutuhan Dasbor Presiden; dan/atau reviu atas integrasi untuk Dasbor Presiden.",
      "... Tindak Lanjut atas hasil reviu Pelaksanaan Integrasi Aplikasi ... telah dilaksanakan ...; dan/atau Optimalisasi pelaksanaan Integrasi Aplikasi untuk ... Dasbor Presiden.",
    ],
  },
  {
    // I17. Tingkat Kematangan Portal Layanan Digital Pemerintah
    question: "Kemampuan/kapabilitas ... untuk menyelenggarakan Portal Pelayanan Publik yang mengonsolidasikan seluruh layanan kepada masyarakat ... terintegrasi menjadi bagian Layanan Digital Pemerintah melalui Pemanfaatan Portal Nasional Pelayanan Publik.",
    criteria: [
      "Substansi Rencana Aksi Nasional Pemdi ... dan Arsitektur Layanan Digital Pemerintah pada tingkat mikro dalam tahap penyusunan, sebagai referensi penerapan Portal Layanan Digital Pemerintah pada Instansi Pemerintah.",
      "... telah menjadi referensi penerapan Portal Layanan Digital Pemerintah pada sebagian layanan digital berbasis siklus hidup Instansi Pemerintah.",
      "... pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik berbasis siklus hidup Instansi Pemerintah. Portal ... untuk proses bisnis utama ... telah terintegrasi dengan Dasbor Presiden. (Data Dukung: pemanfaatan Portal Nasional >50% populasi pengguna)",
      "Penerapan Portal ... pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik ... serta mendukung Portal Layanan Digital Pemerintah Nasional ... reviu secara berkala. (Data Dukung: >90%)",
      "... Tindak Lanjut atas hasil reviu ... telah dilaksanakan ... Telah dilakukan peningkatan kualitas integrasi Portal Layanan Digital Pemerintah dengan Dasbor Presiden. (>90%)",
    ],
  },
  {
    // I18. Tingkat Kematangan Interoperabilitas Data
    question: "Kemampuan/kapabilitas dari Instansi Pemerintah dalam mewujudkan keterpaduan data, pengurangan redundansi data, penggunaan teknologi digital, dan peningkatan efisiensi birokrasi.",
    criteria: [
      "Substansi Rencana Aksi Nasional Pemdi ... dan Arsitektur Data Pemdi pada tingkat mikro dalam tahap penyusunan, sebagai referensi penerapan interoperabilitas data pada Instansi Pemerintah. [Indeks SDI aspek Interoperabilitas: 0 < SDI < 12,5]",
      "... telah menjadi referensi penerapan interoperabilitas data pada sebagian Layanan Digital Pemerintah Instansi Pemerintah. [12,5 < SDI < 37,5]",
      "... pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik ...; dan/atau interoperabilitas sebagian data untuk Dasbor Presiden. [37,5 < SDI < 62,5]",
      "Penerapan interoperabilitas data telah diterapkan pada seluruh Layanan Digital Pemerintah prioritas dan/atau tematik ... serta mendukung Satu Data Indonesia ... pertukaran data secara waktu nyata ...; dan/atau seluruh data untuk Dasbor Presiden. [62,5 < SDI < 75]",
      "Instansi Pemerintah telah mencapai interoperabilitas data yang komprehensif ... menjadi contoh bagi instansi lain; dan/atau peningkatan kualitas ... untuk Dasbor Presiden. [75 < SDI < 100]",
    ],
  },
  {
    // I19. Tingkat Kematangan Fasilitas Dukungan Pengguna Layanan Digital Pemerintah
    question: "Dukungan Pengguna Layanan Digital Pemerintah dilakukan untuk mencapai tingkat pemenuhan Kualitas Layanan Digital (SLA) ... seperti kecepatan, ketersediaan, dan waktu respons.",
    criteria: [
      "Dalam tahap penyusunan Fasilitas Dukungan Pengguna Layanan Digital Instansi Pemerintah. Dalam tahap penyusunan SOP Layanan Digital ... dengan informasi rinci SLA. Dalam tahap pengembangan Sistem pemantauan pemenuhan dan kepatuhan SLA ...",
      "Telah memiliki Fasilitas Dukungan Pengguna ...; SOP ... dengan informasi rinci SLA; sistem pemantauan pemenuhan SLA ... terotomatisasi ... (Kondisi: SLA dipenuhi sebagian (90%))",
      "Telah memiliki Fasilitas Dukungan Pengguna ... yang telah terintegrasi dengan dukungan layanan pengguna di tingkat nasional ... SLA ... sama dengan ... tingkat nasional ... (99%)",
      "Telah melaksanakan reviu dan evaluasi dari pemenuhan SLA ... terhadap Fasilitas Dukungan Pengguna ... dan sistem pemantauan pemenuhan SLA.",
      "Tindak Lanjut atas hasil reviu pelaksanaan pemenuhan SLA telah dilaksanakan ... Optimalisasi Layanan Dukungan Pengguna ... (Human-Based)",
    ],
  },
  {
    // I20. Tingkat Kematangan Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah
    question: "Pencapaian tingkat kepuasan pengguna terhadap Layanan Digital Pemerintah Instansi ... melalui penilaian kepuasan pengguna dengan metode tertentu dan mengutamakan strategi penilaian yang terintegrasi dengan layanan digital.",
    criteria: [
      "Memanfaatkan Survei Kepuasan Masyarakat (SKM) Online sesuai dengan Pedoman Menteri ...; disebarkan melalui kanal resmi digital instansi; kanal umpan balik dua arah tersedia dan aktif ... (Kondisi: tingkat kepuasan >1; minimal 1 kelompok rentan; 1 tindak lanjut)",
      "Tersedia widget atau fitur umpan balik sederhana di layanan digital ...; Skor kepuasan pengguna telah digunakan untuk perbaikan ... (minimal triwulanan) ... (Kondisi: 3 kelompok rentan; >2 tindak lanjut; kepuasan >2; 5% partisipasi)",
      "Telah membentuk tim teknis ...; semua layanan memiliki mekanisme umpan balik langsung; survei dipublikasikan dalam dasbor; mystery guest/mystery shopper ... (Kondisi: dasbor real-time; kepuasan >3; 40% partisipasi)",
      "Berbasis hasil survei dan umpan balik digital pengguna; AI dan Analisis Data untuk sentimen; desain ulang layanan periodik; log perubahan dipublikasikan; Forum Konsultasi Publik ...; mystery guest audit ... (Kondisi: kepuasan >4; 70% partisipasi)",
      "Penerapan Trust Score Tracker pada semua layanan digital pemerintah; pengukuran kepuasan dengan mekanisme tepercaya; data riwayat perubahan layanan ... (Kondisi: User Satisfaction Ledger terbuka; kepuasan 5; 100% partisipasi)",
    ],
  },
];
