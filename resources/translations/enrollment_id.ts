<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>sync</source>
        <translation>sinkronisasi</translation>
    </message>
</context>
<context>
    <name>AccountDialogs</name>
    <message>
        <source>At least 8 characters and not the user name. Several words with a number are easy to remember, for example: kopi-pagi-77.</source>
        <translation>Minimal 8 karakter dan tidak sama dengan nama pengguna. Beberapa kata dengan angka mudah diingat, contoh: kopi-pagi-77.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>AccountFeatures</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>Kunci &amp;layar</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Ganti kata sandi saya...</translation>
    </message>
    <message>
        <source>Export personal &amp;data (UU PDP)...</source>
        <translation>Ekspor &amp;data pribadi (UU PDP)...</translation>
    </message>
    <message>
        <source>Record &amp;correction request...</source>
        <translation>Catat permintaan &amp;perbaikan...</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Pengguna</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Jejak audit</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administrasi</translation>
    </message>
    <message>
        <source>There is no screen for your role in this version of the application yet; attendance marking for your classes will appear here. File &gt; Lock screen, or Quit.</source>
        <translation>Versi aplikasi ini belum memiliki layar untuk peran Anda; pencatatan kehadiran untuk kelas Anda akan muncul di sini. Pilih Berkas &gt; Kunci layar, atau Keluar.</translation>
    </message>
    <message>
        <source>Your new password is saved.</source>
        <translation>Kata sandi baru Anda sudah disimpan.</translation>
    </message>
    <message>
        <source>Open a person&apos;s record, or select them in the participant list, first.</source>
        <translation>Buka data seseorang, atau pilih orangnya di daftar peserta, terlebih dahulu.</translation>
    </message>
    <message>
        <source>The correction request of {name} is recorded.</source>
        <translation>Permintaan perbaikan data dari {name} sudah dicatat.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>lowercase, for example: dewi.l</source>
        <translation>huruf kecil, contoh: dewi.l</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Pilih peran</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>the person can change it later</source>
        <translation>nanti dapat diganti oleh yang bersangkutan</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>street, house number</source>
        <translation>nama jalan, nomor rumah</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <source>- choose kecamatan -</source>
        <translation>- pilih kecamatan -</translation>
    </message>
    <message>
        <source>- choose kecamatan first -</source>
        <translation>- pilih kecamatan terlebih dahulu -</translation>
    </message>
    <message>
        <source>Lives outside Kota Tangerang</source>
        <translation>Tinggal di luar Kota Tangerang</translation>
    </message>
    <message>
        <source>kelurahan/desa, kecamatan, city or regency</source>
        <translation>kelurahan/desa, kecamatan, kota atau kabupaten</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Region outside the city</source>
        <translation>Wilayah di luar Kota Tangerang</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT / RW</source>
        <translation>RT / RW</translation>
    </message>
    <message>
        <source>- choose kelurahan -</source>
        <translation>- pilih kelurahan -</translation>
    </message>
</context>
<context>
    <name>AidHandoverDialog</name>
    <message>
        <source>Record an aid handover</source>
        <translation>Catat penyerahan bantuan</translation>
    </message>
    <message>
        <source>A person of this class</source>
        <translation>Peserta kelas ini</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>No group is registered on this device.</source>
        <translation>Belum ada kelompok yang terdaftar di perangkat ini.</translation>
    </message>
    <message>
        <source>One item per line, e.g. Mesin obras 1 unit</source>
        <translation>Satu barang per baris, contoh: Mesin obras 1 unit</translation>
    </message>
    <message>
        <source>Rupiah, digits only</source>
        <translation>Rupiah, angka saja</translation>
    </message>
    <message>
        <source>The recipient signed the receipt</source>
        <translation>Penerima sudah menandatangani tanda terima</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Given to:</source>
        <translation>Diberikan kepada:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Peserta:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Kelompok:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Barang:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Jumlah:</translation>
    </message>
    <message>
        <source>Reason or note:</source>
        <translation>Alasan atau catatan:</translation>
    </message>
    <message>
        <source>&amp;Save handover</source>
        <translation>&amp;Simpan penyerahan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>New handover</source>
        <translation>Penyerahan baru</translation>
    </message>
</context>
<context>
    <name>AnswerFields</name>
    <message>
        <source>(no answer)</source>
        <translation>(tidak dijawab)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This database was written by a newer version of the application. Install the newer version; the data has not been changed.</source>
        <translation>Basis data ini dibuat oleh versi aplikasi yang lebih baru. Pasang versi yang lebih baru; data tidak diubah.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Folder data: {path}</translation>
    </message>
</context>
<context>
    <name>ApplicationFeatures</name>
    <message>
        <source>Apply to a pro&amp;gram...</source>
        <translation>Daftar ke pro&amp;gram...</translation>
    </message>
    <message>
        <source>Applications and &amp;history...</source>
        <translation>Pendaftaran dan &amp;riwayat...</translation>
    </message>
    <message>
        <source>{name} applied to the program.</source>
        <translation>{name} telah didaftarkan ke program.</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply to a program</source>
        <translation>Daftar ke program</translation>
    </message>
    <message>
        <source>Apply to a program: {name}</source>
        <translation>Daftar ke program: {name}</translation>
    </message>
    <message>
        <source>Choose a program...</source>
        <translation>Pilih program...</translation>
    </message>
    <message>
        <source>Reason for admitting this person anyway (kept with the application and in the audit trail):</source>
        <translation>Alasan tetap menerima orang ini (disimpan bersama pendaftaran dan di jejak audit):</translation>
    </message>
    <message>
        <source>Only a supervisor can admit a person who does not meet the conditions.</source>
        <translation>Hanya supervisor yang dapat menerima orang yang tidak memenuhi syarat.</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Skill</source>
        <translation>&amp;Keterampilan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Daftarkan</translation>
    </message>
    <message>
        <source>selection interview required</source>
        <translation>wajib wawancara seleksi</translation>
    </message>
    <message>
        <source>Meets all the program&apos;s conditions.</source>
        <translation>Memenuhi semua syarat program.</translation>
    </message>
    <message>
        <source>Does not meet the program&apos;s conditions:</source>
        <translation>Tidak memenuhi syarat program:</translation>
    </message>
</context>
<context>
    <name>ApplyUpdateDialog</name>
    <message>
        <source>Update {sequence} was already applied; nothing changed.</source>
        <translation>Pembaruan {sequence} sudah pernah diterapkan; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Update {sequence} applied: {inserted} new, {updated} updated, {unchanged} unchanged, {kept} kept because they were changed here and not exported yet, {skipped} skipped.</source>
        <translation>Pembaruan {sequence} diterapkan: {inserted} baru, {updated} diperbarui, {unchanged} tidak berubah, {kept} dipertahankan karena diubah di sini dan belum diekspor, {skipped} dilewati.</translation>
    </message>
    <message>
        <source>An earlier update from the central office was never applied on this laptop; ask for it.</source>
        <translation>Ada pembaruan sebelumnya dari kantor pusat yang belum pernah diterapkan di laptop ini; mintalah pembaruan tersebut.</translation>
    </message>
    <message>
        <source>Apply an update from the central office</source>
        <translation>Terapkan pembaruan dari kantor pusat</translation>
    </message>
    <message>
        <source>The central office sends program catalogs and class lists (with participants registered on other laptops) as an update file. It is checked before anything changes.</source>
        <translation>Kantor pusat mengirim daftar program dan daftar kelas (beserta peserta yang didaftarkan di laptop lain) dalam bentuk berkas pembaruan. Berkas ini diperiksa dulu sebelum ada yang diubah.</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Update file</source>
        <translation>Berkas pembaruan</translation>
    </message>
    <message>
        <source>Bundles (*{suffix});;All files (*)</source>
        <translation>Paket data (*{suffix});;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose the update file.</source>
        <translation>Pilih berkas pembaruan.</translation>
    </message>
    <message>
        <source>Checking and applying...</source>
        <translation>Memeriksa dan menerapkan...</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign accepted applicants to {name}</source>
        <translation>Tempatkan pendaftar yang diterima ke {name}</translation>
    </message>
    <message>
        <source>{free} of {capacity} places free.</source>
        <translation>{free} dari {capacity} tempat masih kosong.</translation>
    </message>
    <message>
        <source>In the class &amp;from:</source>
        <translation>Di kelas &amp;sejak:</translation>
    </message>
    <message>
        <source>No accepted applicant of this program is waiting for a class.</source>
        <translation>Tidak ada pendaftar yang diterima di program ini yang sedang menunggu kelas.</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Jam datang</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Kelas:</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>&amp;Sesi:</translation>
    </message>
    <message>
        <source>Scan a participant card, or find a name and press a code key.</source>
        <translation>Pindai kartu peserta, atau cari nama lalu tekan tombol kode.</translation>
    </message>
    <message>
        <source>Card scanner: the code appears here</source>
        <translation>Pemindai kartu: kode muncul di sini</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Sebagian nama</translation>
    </message>
    <message>
        <source>Sc&amp;an card:</source>
        <translation>&amp;Pindai kartu:</translation>
    </message>
    <message>
        <source>&amp;Find by name:</source>
        <translation>&amp;Cari nama:</translation>
    </message>
    <message>
        <source>Mark the rest absent…</source>
        <translation>Tandai sisanya alpa…</translation>
    </message>
    <message>
        <source>Keys: H present · I excused · S sick · A absent · T late (with the time now)</source>
        <translation>Tombol: H hadir · I izin · S sakit · A alpa · T terlambat (dengan jam sekarang)</translation>
    </message>
    <message>
        <source>No session to mark: the class has no sessions yet.</source>
        <translation>Tidak ada sesi untuk ditandai: kelas ini belum punya sesi.</translation>
    </message>
    <message>
        <source>You teach no class yet.</source>
        <translation>Anda belum mengajar kelas apa pun.</translation>
    </message>
    <message>
        <source>Today&apos;s session.</source>
        <translation>Sesi hari ini.</translation>
    </message>
    <message>
        <source>This session is in the future: it can be marked on the day.</source>
        <translation>Sesi ini belum berlangsung: kehadiran dapat ditandai pada harinya.</translation>
    </message>
    <message>
        <source>A past session: changes are corrections and are recorded in the audit trail.</source>
        <translation>Sesi yang sudah lewat: perubahan dianggap koreksi dan dicatat di jejak audit.</translation>
    </message>
    <message>
        <source>Mark the rest absent</source>
        <translation>Tandai sisanya alpa</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n people without a mark as A (absent)?</source>
        <translation>
            <numerusform>Tandai %n orang yang belum ditandai sebagai A (alpa)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked absent.</source>
        <translation>
            <numerusform>%n orang ditandai alpa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Tandai alpa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>{marks} · not marked {rest} · {total} people</source>
        <translation>{marks} · belum ditandai {rest} · {total} orang</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Changes (before → after)</source>
        <translation>Perubahan (sebelum → sesudah)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>Berkas ditulis</translation>
    </message>
    <message>
        <source>Receipt loaded</source>
        <translation>Tanda terima dimuat</translation>
    </message>
    <message>
        <source>Personal data removed</source>
        <translation>Data pribadi dihapus</translation>
    </message>
    <message>
        <source>Password set with a recovery file</source>
        <translation>Kata sandi diatur dengan berkas pemulihan</translation>
    </message>
    <message>
        <source>File with personal data</source>
        <translation>Berkas berisi data pribadi</translation>
    </message>
    <message>
        <source>Bundle sent</source>
        <translation>Paket dikirim</translation>
    </message>
    <message>
        <source>Recovery file</source>
        <translation>Berkas pemulihan</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Program skill</source>
        <translation>Keterampilan program</translation>
    </message>
    <message>
        <source>Program quota</source>
        <translation>Kuota program</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Pemilik usaha</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Anggota kelompok</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Pendaftaran program</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Wawancara</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Class place</source>
        <translation>Keikutsertaan kelas</translation>
    </message>
    <message>
        <source>Class session</source>
        <translation>Pertemuan kelas</translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation>Catatan kehadiran</translation>
    </message>
    <message>
        <source>Aid handover</source>
        <translation>Penyerahan bantuan</translation>
    </message>
    <message>
        <source>Personal data request</source>
        <translation>Permintaan data pribadi</translation>
    </message>
    <message>
        <source>{count} field(s) filled in</source>
        <translation>{count} isian diisi</translation>
    </message>
</context>
<context>
    <name>AuditTrailView</name>
    <message>
        <source>an entry before it was deleted or its link was changed</source>
        <translation>catatan sebelumnya dihapus atau tautannya diubah</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>isinya diubah setelah dicatat</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Show altered entry</source>
        <translation>Tampilkan catatan yang diubah</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>record id or NIK</source>
        <translation>ID data atau NIK</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Semua jenis data</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>&lt; Newer</source>
        <translation>&lt; Lebih baru</translation>
    </message>
    <message>
        <source>Older &gt;</source>
        <translation>Lebih lama &gt;</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Catatan terpilih</translation>
    </message>
    <message>
        <source>All changes of this record</source>
        <translation>Semua perubahan data ini</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Tidak ada catatan yang sesuai dengan filter.</translation>
    </message>
    <message>
        <source>Entries {first}-{last} of {total}</source>
        <translation>Catatan {first}-{last} dari {total}</translation>
    </message>
    <message>
        <source>Entry {seq}: {action} {table} {record} on {when} by {user}, device {device}</source>
        <translation>Catatan {seq}: {action} {table} {record} pada {when} oleh {user}, perangkat {device}</translation>
    </message>
    <message>
        <source>This entry does not match the audit chain: it was altered outside the application.</source>
        <translation>Catatan ini tidak cocok dengan rantai audit: catatan ini diubah di luar aplikasi.</translation>
    </message>
    <message>
        <source>Checking that no entry of the audit trail was altered...</source>
        <translation>Memeriksa bahwa tidak ada catatan jejak audit yang diubah...</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries checked, none altered.</source>
        <translation>Jejak audit utuh: {count} catatan diperiksa, tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The audit trail was altered outside the application at entry {seq}: {reason}. Entries from there on cannot be trusted; tell the central office.</source>
        <translation>Jejak audit diubah di luar aplikasi pada catatan ke-{seq}: {reason}. Catatan mulai dari situ tidak dapat dipercaya; laporkan ke kantor pusat.</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: {error}</source>
        <translation>Jejak audit tidak dapat diperiksa: {error}</translation>
    </message>
</context>
<context>
    <name>BackupFeatures</name>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Cadangan</translation>
    </message>
    <message>
        <source>Today&apos;s backup is made.</source>
        <translation>Cadangan hari ini sudah dibuat.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Berkas basis data rusak</translation>
    </message>
    <message>
        <source>The integrity check found damage in the database file. Stop registering and ask a supervisor to sign in: they can restore the latest good backup on the Backups screen.</source>
        <translation>Pemeriksaan keutuhan menemukan kerusakan pada berkas basis data. Hentikan pendaftaran dan minta supervisor masuk: ia dapat memulihkan cadangan baik terakhir di layar Cadangan.</translation>
    </message>
    <message>
        <source>The integrity check found damage in the database file, and no intact backup was found on this laptop or the USB folder. Do not delete any file; contact the central office.</source>
        <translation>Pemeriksaan keutuhan menemukan kerusakan pada berkas basis data, dan tidak ada cadangan utuh di laptop ini maupun di folder USB. Jangan menghapus berkas apa pun; hubungi kantor pusat.</translation>
    </message>
    <message>
        <source>The integrity check found damage in the database file. Restore the latest good backup, taken on {taken} ({participants} participants)?</source>
        <translation>Pemeriksaan keutuhan menemukan kerusakan pada berkas basis data. Pulihkan cadangan baik terakhir, dibuat pada {taken} ({participants} peserta)?</translation>
    </message>
    <message>
        <source>Everything saved after that moment is lost from the database. The damaged file is first kept as a copy in the backups folder. Everyone signs in again afterwards.</source>
        <translation>Semua yang disimpan setelah saat itu hilang dari basis data. Berkas yang rusak lebih dulu disimpan sebagai salinan di folder cadangan. Setelah itu semua orang masuk kembali.</translation>
    </message>
    <message>
        <source>The backup is restored. Please sign in again.</source>
        <translation>Cadangan sudah dipulihkan. Silakan masuk kembali.</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation>Harian (otomatis)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Dibuat manual</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Sebelum pembaruan</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>tidak terbaca</translation>
    </message>
    <message>
        <source>USB folder</source>
        <translation>Folder USB</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Laptop ini</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>A backup of the database is made automatically once a day, after the first sign-in of the day, and kept in the data folder (and in the USB folder below, if one is chosen). Restoring a backup replaces everything on this laptop with the data of that moment.</source>
        <translation>Cadangan basis data dibuat otomatis sekali sehari, setelah masuk pertama hari itu, dan disimpan di folder data (serta di folder USB di bawah, jika dipilih). Memulihkan cadangan mengganti semua data di laptop ini dengan data pada saat itu.</translation>
    </message>
    <message>
        <source>Backups are encrypted like the database: a backup file cannot be read without this laptop&apos;s key file and a password.</source>
        <translation>Cadangan dienkripsi seperti basis datanya: berkas cadangan tidak dapat dibaca tanpa berkas kunci laptop ini dan sebuah kata sandi.</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Pulihkan...</translation>
    </message>
    <message>
        <source>Put the selected backup back in place of the current database</source>
        <translation>Kembalikan cadangan yang dipilih menggantikan basis data saat ini</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>none: backups stay on this laptop only</source>
        <translation>tidak ada: cadangan hanya di laptop ini</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>Copy to USB folder</source>
        <translation>Salin ke folder USB</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> minggu</translation>
    </message>
    <message>
        <source>of daily backups, then one backup a week for</source>
        <translation>cadangan harian, lalu satu cadangan per minggu selama</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Each laptop writes into its own sub-folder of the USB folder. Backups made by hand or before an update or a restore are never deleted automatically.</source>
        <translation>Setiap laptop menulis ke subfolder sendiri di folder USB. Cadangan yang dibuat manual atau sebelum pembaruan atau pemulihan tidak pernah dihapus otomatis.</translation>
    </message>
    <message>
        <source>Reading the backups...</source>
        <translation>Membaca cadangan...</translation>
    </message>
    <message>
        <source>{count} backups, newest first.</source>
        <translation>{count} cadangan, terbaru di atas.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
    <message>
        <source>Restoring the backup taken on {taken}...</source>
        <translation>Memulihkan cadangan yang dibuat pada {taken}...</translation>
    </message>
    <message>
        <source>The backup is restored. The database before it was saved as {path}.</source>
        <translation>Cadangan sudah dipulihkan. Basis data sebelumnya disimpan sebagai {path}.</translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>Menulis cadangan...</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Cadangan ditulis ke {path}</translation>
    </message>
    <message>
        <source>USB folder for backups</source>
        <translation>Folder USB untuk cadangan</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Pengaturan cadangan disimpan.</translation>
    </message>
</context>
<context>
    <name>BestThreeDialog</name>
    <message>
        <source>Choose the best participants</source>
        <translation>Pilih peserta terbaik</translation>
    </message>
    <message>
        <source>The program gives {n} starter package(s) per class. Suggested by attendance rate and interview score (their mean; the rate alone without an interview). Tick who receives one and write why.</source>
        <translation>Program ini memberikan {n} paket alat usaha per kelas. Usulan dihitung dari persentase kehadiran dan nilai wawancara (rata-rata keduanya; tanpa wawancara, hanya persentase kehadiran). Centang siapa yang menerima, lalu tulis alasannya.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Persentase hadir</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Wawancara</translation>
    </message>
    <message>
        <source>Merit</source>
        <translation>Nilai gabungan</translation>
    </message>
    <message>
        <source>Why these people (required)</source>
        <translation>Alasan memilih orang-orang ini (wajib)</translation>
    </message>
    <message>
        <source>&amp;Save choice</source>
        <translation>&amp;Simpan pilihan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Nobody meets the completion threshold yet.</source>
        <translation>Belum ada yang memenuhi batas kelulusan.</translation>
    </message>
</context>
<context>
    <name>BundleResultsModel</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Bundle no.</source>
        <translation>No. paket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Jumlah data</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Kemungkinan data ganda</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>working...</source>
        <translation>sedang diproses...</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
</context>
<context>
    <name>BusinessSection</name>
    <message>
        <source>Business (optional)</source>
        <translation>Usaha (tidak wajib)</translation>
    </message>
    <message>
        <source>leave empty when there is none</source>
        <translation>kosongkan jika tidak ada</translation>
    </message>
    <message>
        <source>- none -</source>
        <translation>- tidak ada -</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Bidang usaha</translation>
    </message>
</context>
<context>
    <name>CandidateFeatures</name>
    <message>
        <source>Candidates</source>
        <translation>Calon peserta</translation>
    </message>
    <message>
        <source>People on the registry lists still to be visited, per kelurahan (Ctrl+Shift+K)</source>
        <translation>Warga dalam daftar data terpadu yang masih perlu dikunjungi, per kelurahan (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>&amp;Candidates to visit</source>
        <translation>Calon peserta yang perlu di&amp;kunjungi</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
</context>
<context>
    <name>CandidateOffer</name>
    <message>
        <source>Candidate from the {program} list ({source}). Check the ID card, correct what is wrong, record the person&apos;s consent, then save.</source>
        <translation>Calon peserta dari daftar {program} ({source}). Periksa KTP, perbaiki yang salah, catat persetujuan yang bersangkutan, lalu simpan.</translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <source>All programs</source>
        <translation>Semua program</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>NIK or name</source>
        <translation>NIK atau nama</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Kecamatan</source>
        <translation>&amp;Kecamatan</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Open in the registration form (Enter)</source>
        <translation>Buka di formulir pendaftaran (Enter)</translation>
    </message>
    <message>
        <source>Not found...</source>
        <translation>Tidak ditemukan...</translation>
    </message>
    <message>
        <source>Refused...</source>
        <translation>Menolak...</translation>
    </message>
    <message>
        <source>Back to the list to visit</source>
        <translation>Kembalikan ke daftar kunjungan</translation>
    </message>
    <message>
        <source>Candidates to visit</source>
        <translation>Calon peserta yang perlu dikunjungi</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) shown</source>
        <translation>
            <numerusform>%n calon peserta ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: recorded as &quot;{status}&quot;.</source>
        <translation>{name}: dicatat sebagai &quot;{status}&quot;.</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Show inactive programs</source>
        <translation>Tampilkan program yang tidak aktif</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Edit program...</source>
        <translation>&amp;Ubah program...</translation>
    </message>
    <message>
        <source>Change the program&apos;s details and skills (Ctrl+Shift+P)</source>
        <translation>Ubah rincian dan keterampilan program (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Selection interview</source>
        <translation>Wawancara seleksi</translation>
    </message>
    <message>
        <source>Starter packages</source>
        <translation>Paket alat usaha</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Kelulusan</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Syarat peserta</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Skills offered</source>
        <translation>Keterampilan yang ditawarkan</translation>
    </message>
    <message>
        <source>Places per kecamatan</source>
        <translation>Kuota per kecamatan</translation>
    </message>
    <message>
        <source>Save places</source>
        <translation>Simpan kuota</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <source>Type the places and press Ctrl+S. An empty cell means no quota for that kecamatan.</source>
        <translation>Ketik kuotanya lalu tekan Ctrl+S. Sel kosong berarti kecamatan itu tidak punya kuota.</translation>
    </message>
    <message>
        <source>Only a supervisor can change the places.</source>
        <translation>Hanya supervisor yang dapat mengubah kuota.</translation>
    </message>
    <message>
        <source>Program {program} saved.</source>
        <translation>Program {program} tersimpan.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the places marked in red first.</source>
        <translation>Tidak ada yang disimpan: perbaiki dulu kuota yang ditandai merah.</translation>
    </message>
    <message>
        <source>Places for {program} saved: {total} in all.</source>
        <translation>Kuota {program} disimpan: total {total} tempat.</translation>
    </message>
    <message>
        <source>No program in the catalog yet.</source>
        <translation>Belum ada program di katalog.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Tidak wajib</translation>
    </message>
    <message>
        <source>For the best {n} of every class</source>
        <translation>Untuk {n} peserta terbaik di setiap kelas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>At least {percent}% attendance</source>
        <translation>Kehadiran minimal {percent}%</translation>
    </message>
    <message>
        <source>No targets set.</source>
        <translation>Belum ada target.</translation>
    </message>
    <message>
        <source>No skills listed yet.</source>
        <translation>Belum ada keterampilan yang dicantumkan.</translation>
    </message>
    <message>
        <source>Type a whole number of places from 0 to {max}, or leave the cell empty, for: {kecamatan}.</source>
        <translation>Ketik bilangan bulat dari 0 sampai {max}, atau kosongkan selnya, untuk: {kecamatan}.</translation>
    </message>
    <message>
        <source>Total: {total} places</source>
        <translation>Total: {total} tempat</translation>
    </message>
    <message>
        <source>No places per kecamatan: the program&apos;s targets count for the whole city.</source>
        <translation>Tidak ada kuota per kecamatan: target program berlaku untuk seluruh kota.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belum ditetapkan</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>business units</source>
        <translation>unit usaha</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>kelompok</translation>
    </message>
    <message>
        <source>events</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <source>• {label} (number not set, counted in {unit})</source>
        <translation>• {label} (jumlah belum ditetapkan, dihitung dalam {unit})</translation>
    </message>
    <message>
        <source>• {label}: {count} {unit}</source>
        <translation>• {label}: {count} {unit}</translation>
    </message>
</context>
<context>
    <name>CentralFeatures</name>
    <message>
        <source>Central import</source>
        <translation>Impor pusat</translation>
    </message>
    <message>
        <source>&amp;Import bundles...</source>
        <translation>&amp;Impor paket data...</translation>
    </message>
</context>
<context>
    <name>CentralImportScreen</name>
    <message>
        <source>The work stopped unexpectedly; the details are in the log file.</source>
        <translation>Proses berhenti karena kesalahan tak terduga; rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Central office: import bundles from the field</source>
        <translation>Kantor pusat: impor paket data dari lapangan</translation>
    </message>
    <message>
        <source>Set up the central database</source>
        <translation>Siapkan basis data pusat</translation>
    </message>
    <message>
        <source>&amp;Add bundle files...</source>
        <translation>&amp;Tambah berkas paket...</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Hapus dari daftar</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>&amp;Send update to device...</source>
        <translation>&amp;Kirim pembaruan ke perangkat...</translation>
    </message>
    <message>
        <source>Save &amp;receipts...</source>
        <translation>Simpan tanda te&amp;rima...</translation>
    </message>
    <message>
        <source>Write a signed receipt for each imported bundle in the list, for the laptops</source>
        <translation>Tulis tanda terima bertanda tangan untuk setiap paket yang diimpor dalam daftar, untuk laptop-laptopnya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Central database: {url}
Key folder: {keys}</source>
        <translation>Basis data pusat: {url}
Folder kunci: {keys}</translation>
    </message>
    <message>
        <source>The central database is ready. Keep a backup of the key folder: without it no bundle can be read. Encryption key id: {key_id}</source>
        <translation>Basis data pusat sudah siap. Simpan cadangan folder kunci: tanpa folder itu tidak ada paket data yang dapat dibaca. ID kunci enkripsi: {key_id}</translation>
    </message>
    <message>
        <source>Choose bundle files</source>
        <translation>Pilih berkas paket data</translation>
    </message>
    <message>
        <source>Bundles (*{suffix});;All files (*)</source>
        <translation>Paket data (*{suffix});;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Folder untuk tanda terima</translation>
    </message>
    <message>
        <source>The receipts could not be written: {reason}</source>
        <translation>Tanda terima tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <source>{count} receipt(s) written to {folder}. Load them on the laptops (Sync &gt; Load receipts from the central office).</source>
        <translation>{count} tanda terima ditulis ke {folder}. Muat di laptop-laptopnya (Sinkronisasi &gt; Muat tanda terima dari kantor pusat).</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Membatalkan...</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>Memeriksa...</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Mengimpor...</translation>
    </message>
    <message>
        <source>{accepted} accepted, {verified} verified, {already} already imported, {rejected} rejected, {cancelled} cancelled.</source>
        <translation>{accepted} diterima, {verified} terverifikasi, {already} sudah pernah diimpor, {rejected} ditolak, {cancelled} dibatalkan.</translation>
    </message>
    <message>
        <source>{count} bundle(s) were refused; the central database was not changed by them. See the Details column.</source>
        <translation>{count} paket data ditolak; basis data pusat tidak diubah oleh paket tersebut. Lihat kolom Rincian.</translation>
    </message>
    <message>
        <source>Import finished: {count} bundle(s) merged.</source>
        <translation>Impor selesai: {count} paket data digabungkan.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Buat kata sandi baru</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Simpan kata sandi</translation>
    </message>
    <message>
        <source>A supervisor reset your password. Choose your own password now; nobody else should know it.</source>
        <translation>Supervisor telah mengatur ulang kata sandi Anda. Buat kata sandi Anda sendiri sekarang; jangan sampai orang lain mengetahuinya.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Ketik kata sandi Anda saat ini, lalu kata sandi baru dua kali.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Edit class</source>
        <translation>Ubah kelas</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Kelas baru</translation>
    </message>
    <message>
        <source>e.g. Tata Boga A (morning)</source>
        <translation>contoh: Tata Boga A (pagi)</translation>
    </message>
    <message>
        <source>(choose a trainer)</source>
        <translation>(pilih pelatih)</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>&amp;Keterampilan:</translation>
    </message>
    <message>
        <source>Class &amp;name:</source>
        <translation>&amp;Nama kelas:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <source>Venue &amp;address:</source>
        <translation>&amp;Alamat tempat:</translation>
    </message>
    <message>
        <source>Venue &amp;kecamatan:</source>
        <translation>K&amp;ecamatan tempat:</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>Pe&amp;latih:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Kapas&amp;itas:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Tanggal &amp;mulai:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Tanggal &amp;selesai:</translation>
    </message>
    <message>
        <source>(every skill of the program)</source>
        <translation>(semua keterampilan program)</translation>
    </message>
</context>
<context>
    <name>ClassFeatures</name>
    <message>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Mark today&apos;s session: scan cards or press H, I, S, A, T (F9)</source>
        <translation>Tandai kehadiran sesi hari ini: pindai kartu atau tekan H, I, S, A, T (F9)</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Kehadiran</translation>
    </message>
</context>
<context>
    <name>ClassesView</name>
    <message>
        <source>&amp;New class…</source>
        <translation>Kelas &amp;baru…</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Keterampilan</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>&amp;Edit class…</source>
        <translation>&amp;Ubah kelas…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Materi</translation>
    </message>
    <message>
        <source>&amp;Add sessions…</source>
        <translation>&amp;Tambah sesi…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>In the class from</source>
        <translation>Di kelas sejak</translation>
    </message>
    <message>
        <source>A&amp;ssign accepted applicants…</source>
        <translation>Te&amp;mpatkan pendaftar yang diterima…</translation>
    </message>
    <message>
        <source>&amp;Move to another class…</source>
        <translation>&amp;Pindahkan ke kelas lain…</translation>
    </message>
    <message>
        <source>{name}
{program} · {enrolled}/{capacity}</source>
        <translation>{name}
{program} · {enrolled}/{capacity}</translation>
    </message>
    <message>
        <source>Class saved.</source>
        <translation>Kelas disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added.</source>
        <translation>
            <numerusform>%n sesi ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) assigned to the class.</source>
        <translation>
            <numerusform>%n orang ditempatkan di kelas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the person to move in the list first.</source>
        <translation>Pilih dulu di daftar orang yang akan dipindahkan.</translation>
    </message>
    <message>
        <source>{name} moved to another class.</source>
        <translation>{name} dipindahkan ke kelas lain.</translation>
    </message>
    <message>
        <source>{enrolled} of {capacity} taken, {free} free</source>
        <translation>{enrolled} dari {capacity} terisi, {free} kosong</translation>
    </message>
</context>
<context>
    <name>CompletionFeatures</name>
    <message>
        <source>Completion</source>
        <translation>Kelulusan</translation>
    </message>
    <message>
        <source>Attendance rates, completion, certificates, starter packages, cards and attendance sheets</source>
        <translation>Persentase kehadiran, kelulusan, sertifikat, paket alat usaha, kartu peserta, dan daftar hadir</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <source>Print participant &amp;cards…</source>
        <translation>Cetak &amp;kartu peserta…</translation>
    </message>
    <message>
        <source>&amp;Attendance sheet PDF…</source>
        <translation>PDF &amp;daftar hadir…</translation>
    </message>
    <message>
        <source>&amp;Key in a paper sheet…</source>
        <translation>&amp;Masukkan daftar hadir kertas…</translation>
    </message>
    <message>
        <source>Cer&amp;tificates PDF…</source>
        <translation>PDF &amp;sertifikat…</translation>
    </message>
</context>
<context>
    <name>CompletionModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Jumlah hadir</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>Belum ditandai</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Persentase hadir</translation>
    </message>
    <message>
        <source>Completes?</source>
        <translation>Lulus?</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Starter package</source>
        <translation>Paket alat usaha</translation>
    </message>
    <message>
        <source>H and T count as attended; I, S, A and unmarked sessions do not.</source>
        <translation>H dan T dihitung hadir; I, S, A, dan sesi yang belum ditandai tidak dihitung.</translation>
    </message>
    <message>
        <source>{attended} of {held}</source>
        <translation>{attended} dari {held}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Chosen, kit received</source>
        <translation>Terpilih, paket sudah diterima</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Terpilih</translation>
    </message>
</context>
<context>
    <name>CompletionView</name>
    <message>
        <source>Completion and documents</source>
        <translation>Kelulusan dan dokumen</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Kelas:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesi:</translation>
    </message>
    <message>
        <source>Print &amp;cards…</source>
        <translation>&amp;Cetak kartu…</translation>
    </message>
    <message>
        <source>Attendance &amp;sheet PDF…</source>
        <translation>PDF &amp;daftar hadir…</translation>
    </message>
    <message>
        <source>&amp;Key in a paper sheet…</source>
        <translation>&amp;Masukkan daftar hadir kertas…</translation>
    </message>
    <message>
        <source>&amp;Record completion</source>
        <translation>Catat ke&amp;lulusan</translation>
    </message>
    <message>
        <source>Cer&amp;tificates PDF…</source>
        <translation>PDF se&amp;rtifikat…</translation>
    </message>
    <message>
        <source>Choose the &amp;best…</source>
        <translation>Pilih peserta &amp;terbaik…</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) saved from the paper sheet of {date}.</source>
        <translation>
            <numerusform>%n tanda kehadiran disimpan dari daftar hadir kertas tanggal {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record &amp;aid handover…</source>
        <translation>Catat penyerahan &amp;bantuan…</translation>
    </message>
    <message>
        <source>No class yet: classes are created on the Classes page.</source>
        <translation>Belum ada kelas: kelas dibuat di halaman Kelas.</translation>
    </message>
    <message>
        <source>Completion threshold {threshold}% of the sessions held (H and T count; I, S, A and unmarked do not). Sessions held: {held}, to come: {to_come}. {completing} of {people} people complete; average rate {average}%.</source>
        <translation>Batas kelulusan {threshold}% dari sesi yang sudah berlangsung (H dan T dihitung; I, S, A, dan yang belum ditandai tidak). Sesi yang sudah berlangsung: {held}, yang belum: {to_come}. {completing} dari {people} orang lulus; rata-rata kehadiran {average}%.</translation>
    </message>
    <message>
        <source>The class has no session yet: add its sessions on the Classes page.</source>
        <translation>Kelas ini belum punya sesi: tambahkan sesinya di halaman Kelas.</translation>
    </message>
    <message>
        <source>The session of {date} has not happened yet; a paper sheet is keyed in afterwards.</source>
        <translation>Sesi tanggal {date} belum berlangsung; daftar hadir kertas dimasukkan setelah sesinya selesai.</translation>
    </message>
    <message>
        <source>Nobody is left to complete: everyone who meets the threshold has completed already.</source>
        <translation>Tidak ada lagi yang perlu dicatat lulus: semua yang memenuhi batas kelulusan sudah tercatat lulus.</translation>
    </message>
    <message>
        <source>Record completion</source>
        <translation>Catat kelulusan</translation>
    </message>
    <message>
        <source>Record completion for {count} people who attended at least {threshold}% of the sessions? A completion cannot be undone.</source>
        <translation>Catat kelulusan untuk {count} orang yang hadir minimal {threshold}% dari jumlah sesi? Kelulusan yang sudah dicatat tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Completion recorded for {count} people.</source>
        <translation>Kelulusan {count} orang sudah dicatat.</translation>
    </message>
    <message>
        <source>The starter package choice was saved with its reason.</source>
        <translation>Pilihan penerima paket alat usaha sudah disimpan beserta alasannya.</translation>
    </message>
    <message>
        <source>The handover was saved.</source>
        <translation>Penyerahan bantuan sudah disimpan.</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Tujuan: {purpose}</translation>
    </message>
    <message>
        <source>The person agrees that their data is recorded for this purpose</source>
        <translation>Yang bersangkutan setuju datanya dicatat untuk tujuan ini</translation>
    </message>
</context>
<context>
    <name>CorrectionRequestDialog</name>
    <message>
        <source>Corrected</source>
        <translation>Sudah diperbaiki</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Belum ditindaklanjuti</translation>
    </message>
    <message>
        <source>Refused (say why)</source>
        <translation>Ditolak (tulis alasannya)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Copy of the data</source>
        <translation>Salinan data</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Perbaikan</translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation>Permintaan perbaikan data</translation>
    </message>
    <message>
        <source>Correction request from {name} (NIK {nik})</source>
        <translation>Permintaan perbaikan data dari {name} (NIK {nik})</translation>
    </message>
    <message>
        <source>Correct the data itself in the registration form. Here you record that the person asked, what they asked and what was done, as UU PDP requires.</source>
        <translation>Perbaiki datanya di formulir pendaftaran. Di sini Anda mencatat bahwa yang bersangkutan meminta perbaikan, apa yang diminta, dan apa yang dilakukan, sesuai ketentuan UU PDP.</translation>
    </message>
    <message>
        <source>for example: the phone number is old; the new one is 0812...</source>
        <translation>contoh: nomor HP sudah lama; nomor barunya 0812...</translation>
    </message>
    <message>
        <source>what was changed, or why not</source>
        <translation>apa yang diubah, atau alasan tidak diubah</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Tanggal permintaan</translation>
    </message>
    <message>
        <source>What the person asked to correct</source>
        <translation>Yang diminta untuk diperbaiki</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Tindakan yang dilakukan</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>Catat permintaan</translation>
    </message>
    <message>
        <source>Earlier requests</source>
        <translation>Permintaan sebelumnya</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong. What was saved before is safe; the last action may not have been saved. Please check it, and tell your supervisor if this happens again.</source>
        <translation>Terjadi kesalahan. Data yang sudah disimpan sebelumnya tetap aman; tindakan terakhir mungkin belum tersimpan. Mohon periksa kembali, dan beri tahu supervisor Anda jika hal ini terjadi lagi.</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>Rinciannya dicatat di {path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
</context>
<context>
    <name>DamagedFile</name>
    <message>
        <source>The database file is damaged and cannot be opened. Restore the latest good backup, taken on {taken} ({participants} participants)?</source>
        <translation>Berkas basis data rusak dan tidak dapat dibuka. Pulihkan cadangan baik terakhir, dibuat pada {taken} ({participants} peserta)?</translation>
    </message>
    <message>
        <source>Everything saved after that moment is lost from the database. The damaged file is first kept as a copy in the backups folder.</source>
        <translation>Semua yang disimpan setelah saat itu hilang dari basis data. Berkas yang rusak lebih dulu disimpan sebagai salinan di folder cadangan.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Reason (required to reject)</source>
        <translation>Alasan (wajib untuk menolak)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Terima</translation>
    </message>
    <message>
        <source>&amp;Waitlist</source>
        <translation>&amp;Daftar tunggu</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>T&amp;olak</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>The program requires an interview before acceptance.</source>
        <translation>Program ini mewajibkan wawancara sebelum penerimaan.</translation>
    </message>
    <message>
        <source>Placed on the waitlist at position {position}.</source>
        <translation>Masuk daftar tunggu di urutan {position}.</translation>
    </message>
    <message>
        <source>Decision saved: {status}.</source>
        <translation>Keputusan disimpan: {status}.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) moved up from the waitlist.</source>
        <translation>
            <numerusform>%n orang naik dari daftar tunggu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an application to decide on it.</source>
        <translation>Pilih pendaftaran untuk memutuskannya.</translation>
    </message>
    <message>
        <source>outside the city</source>
        <translation>luar kota</translation>
    </message>
    <message>
        <source>Kecamatan {kecamatan}: no quota set; {taken} accepted, {waiting} waiting.</source>
        <translation>Kecamatan {kecamatan}: kuota belum ditetapkan; {taken} diterima, {waiting} menunggu.</translation>
    </message>
    <message>
        <source>Kecamatan {kecamatan}: {taken} of {quota} places taken, {waiting} waiting.</source>
        <translation>Kecamatan {kecamatan}: {taken} dari {quota} tempat terisi, {waiting} menunggu.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>This laptop is not set up yet. Give it a name so the central office knows whose data it receives.</source>
        <translation>Laptop ini belum disiapkan. Beri nama laptop ini agar kantor pusat tahu dari siapa data yang diterimanya.</translation>
    </message>
    <message>
        <source>for example: Tim Cipondoh 1</source>
        <translation>contoh: Tim Cipondoh 1</translation>
    </message>
    <message>
        <source>optional, for example: Disnaker field team</source>
        <translation>tidak wajib, contoh: Tim lapangan Disnaker</translation>
    </message>
    <message>
        <source>Laptop name</source>
        <translation>Nama laptop</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Provisioning file</source>
        <translation>Berkas penyiapan</translation>
    </message>
</context>
<context>
    <name>DialogCandidatePrompts</name>
    <message>
        <source>Candidate on a list</source>
        <translation>Calon peserta dalam daftar</translation>
    </message>
    <message>
        <source>Candidate from the {program} list: {name}</source>
        <translation>Calon peserta dari daftar {program}: {name}</translation>
    </message>
    <message>
        <source>NIK {nik}, {where}.
Open the registration pre-filled from the list? Check the ID card and correct what is wrong before saving.</source>
        <translation>NIK {nik}, {where}.
Buka formulir pendaftaran yang sudah terisi dari daftar? Periksa KTP dan perbaiki yang salah sebelum menyimpan.</translation>
    </message>
    <message>
        <source>Open pre-filled</source>
        <translation>Buka formulir terisi</translation>
    </message>
    <message>
        <source>No, keep typing</source>
        <translation>Tidak, lanjut mengetik</translation>
    </message>
    <message>
        <source>Candidates on a list</source>
        <translation>Beberapa calon peserta dalam daftar</translation>
    </message>
    <message>
        <source>{count} candidates on the lists are called {name}.</source>
        <translation>Ada {count} calon peserta bernama {name} di daftar.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>{name}: {outcome}. Note (what happened, who said so):</source>
        <translation>{name}: {outcome}. Catatan (apa yang terjadi, siapa yang memberi keterangan):</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <source>Please check before saving</source>
        <translation>Mohon periksa sebelum menyimpan</translation>
    </message>
    <message>
        <source>Check these points with the person or their ID card:</source>
        <translation>Periksa hal-hal berikut kepada yang bersangkutan atau pada KTP-nya:</translation>
    </message>
    <message>
        <source>Yes, save</source>
        <translation>Ya, simpan</translation>
    </message>
    <message>
        <source>No, go back and correct</source>
        <translation>Tidak, kembali dan perbaiki</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Sudah terdaftar</translation>
    </message>
    <message>
        <source>NIK {nik} is already registered for {name}.</source>
        <translation>NIK {nik} sudah terdaftar atas nama {name}.</translation>
    </message>
    <message>
        <source>Open their record instead of registering them again?</source>
        <translation>Buka data orang tersebut saja, tanpa mendaftarkannya lagi?</translation>
    </message>
    <message>
        <source>Open their record</source>
        <translation>Buka datanya</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Tetap di sini</translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation>Buang isian formulir ini?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Throw it away?</source>
        <translation>Yang Anda ketik belum disimpan. Buang saja?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjutkan mengisi</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Dibatalkan; tidak ada berkas yang disimpan.</translation>
    </message>
    <message>
        <source>Print participant cards</source>
        <translation>Cetak kartu peserta</translation>
    </message>
    <message>
        <source>Attendance sheet PDF</source>
        <translation>PDF daftar hadir</translation>
    </message>
    <message>
        <source>Certificates PDF</source>
        <translation>PDF sertifikat</translation>
    </message>
    <message>
        <source>Saved {file} ({pages} page(s), {items} in it). Open it to print.</source>
        <translation>{file} disimpan ({pages} halaman, berisi {items}). Buka berkas itu untuk mencetak.</translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation>Cetak kartu…</translation>
    </message>
    <message>
        <source>Attendance sheet PDF…</source>
        <translation>PDF daftar hadir…</translation>
    </message>
</context>
<context>
    <name>EncryptionProgress</name>
    <message>
        <source>Protecting the data</source>
        <translation>Melindungi data</translation>
    </message>
    <message>
        <source>Protecting the data on this laptop (encrypting)...</source>
        <translation>Melindungi data di laptop ini (mengenkripsi)...</translation>
    </message>
    <message>
        <source>Data not encrypted yet</source>
        <translation>Data belum dienkripsi</translation>
    </message>
    <message>
        <source>The data on this laptop could not be encrypted now: {reason}

The application works as before, and encrypting is tried again at the next sign-in.</source>
        <translation>Data di laptop ini belum dapat dienkripsi sekarang: {reason}

Aplikasi tetap berjalan seperti biasa, dan enkripsi dicoba lagi saat masuk berikutnya.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The export failed unexpectedly; the details are in the log file.</source>
        <translation>Ekspor gagal karena kesalahan tak terduga; rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Export for the central office</source>
        <translation>Ekspor untuk kantor pusat</translation>
    </message>
    <message>
        <source>Where and what</source>
        <translation>Tempat dan isi</translation>
    </message>
    <message>
        <source>the USB stick, for example E:\</source>
        <translation>flashdisk, contoh: E:\</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Changes since the last bundle (daily)</source>
        <translation>Perubahan sejak paket terakhir (harian)</translation>
    </message>
    <message>
        <source>Records changed between</source>
        <translation>Data yang berubah antara</translation>
    </message>
    <message>
        <source>Everything changed on this laptop (full re-export)</source>
        <translation>Semua yang pernah diubah di laptop ini (ekspor ulang lengkap)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>dan</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>Isi paket</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Jumlah data</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v dari %m data</translation>
    </message>
    <message>
        <source>Bundles written earlier</source>
        <translation>Paket yang sudah dibuat sebelumnya</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Write again</source>
        <translation>Simpan ulang</translation>
    </message>
    <message>
        <source>Write the selected bundle again into the folder (same number and records)</source>
        <translation>Simpan ulang paket yang dipilih ke folder (nomor dan isi data sama)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Batalkan ekspor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Menghitung...</translation>
    </message>
    <message>
        <source>Bundle {sequence} will hold {records} records:</source>
        <translation>Paket {sequence} akan berisi {records} data:</translation>
    </message>
    <message>
        <source>Nothing to export: no record changed since the last bundle.</source>
        <translation>Tidak ada yang perlu diekspor: tidak ada data yang berubah sejak paket terakhir.</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Folder untuk paket data</translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle into (the USB stick).</source>
        <translation>Pilih folder tempat menyimpan paket data (flashdisk).</translation>
    </message>
    <message>
        <source>Writing the bundle...</source>
        <translation>Menyimpan paket data...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Membatalkan...</translation>
    </message>
    <message>
        <source>Nothing to export: no record changed since the last bundle. No file was written.</source>
        <translation>Tidak ada yang perlu diekspor: tidak ada data yang berubah sejak paket terakhir. Tidak ada berkas yang disimpan.</translation>
    </message>
    <message>
        <source>Bundle {sequence} written again to {path}</source>
        <translation>Paket {sequence} disimpan ulang ke {path}</translation>
    </message>
    <message>
        <source>Bundle {sequence} written to {path}</source>
        <translation>Paket {sequence} disimpan ke {path}</translation>
    </message>
    <message>
        <source>Bundle {sequence} holds {records} records:</source>
        <translation>Paket {sequence} berisi {records} data:</translation>
    </message>
</context>
<context>
    <name>FacilitationDialog</name>
    <message>
        <source>Record facilitation for {name}</source>
        <translation>Catat fasilitasi untuk {name}</translation>
    </message>
    <message>
        <source>(no program)</source>
        <translation>(tanpa program)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>Counts toward &amp;target:</source>
        <translation>&amp;Dihitung untuk target:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- pilih -</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>&amp;Materi:</translation>
    </message>
    <message>
        <source>Certification &amp;scheme:</source>
        <translation>&amp;Skema sertifikasi:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Hasil:</translation>
    </message>
    <message>
        <source>Certificate &amp;number:</source>
        <translation>&amp;Nomor sertifikat:</translation>
    </message>
    <message>
        <source>HAKI &amp;kind:</source>
        <translation>Jenis HA&amp;KI:</translation>
    </message>
    <message>
        <source>Application &amp;number:</source>
        <translation>Nomor pe&amp;rmohonan:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Acara:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>T&amp;empat:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>T&amp;ingkat:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Bentuk:</translation>
    </message>
    <message>
        <source>&amp;Amount (Rp):</source>
        <translation>Jum&amp;lah (Rp):</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>Baran&amp;g:</translation>
    </message>
    <message>
        <source>One item per line, e.g. Mesin obras Butterfly 1 unit</source>
        <translation>Satu barang per baris, contoh: Mesin obras Butterfly 1 unit</translation>
    </message>
    <message>
        <source>Serial n&amp;umbers:</source>
        <translation>N&amp;omor seri:</translation>
    </message>
    <message>
        <source>One serial number per line</source>
        <translation>Satu nomor seri per baris</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Yang menandatangani:</translation>
    </message>
    <message>
        <source>(not counted toward a target)</source>
        <translation>(tidak dihitung untuk target)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Import people from a list in a CSV file or an Excel workbook (.xlsx): registry extracts (DTSEN/Regsosek, DTKS) or lists from kelurahan offices and community groups.

The list needs a heading row with column names such as NIK, Nama, Jenis Kelamin, Tanggal Lahir, RT, RW and Kelurahan. Every row is checked like a registration typed into the form. Before anything is saved you can check which column feeds which field and see which rows would be refused.</source>
        <translation>Impor orang dari daftar dalam berkas CSV atau berkas Excel (.xlsx): ekstrak data terpadu (DTSEN/Regsosek, DTKS) atau daftar dari kantor kelurahan dan kelompok masyarakat.

Daftar harus memiliki baris judul dengan nama kolom seperti NIK, Nama, Jenis Kelamin, Tanggal Lahir, RT, RW, dan Kelurahan. Setiap baris diperiksa seperti pendaftaran yang diketik di formulir. Sebelum ada yang disimpan, Anda dapat memeriksa kolom mana yang mengisi isian apa dan melihat baris mana yang akan ditolak.</translation>
    </message>
    <message>
        <source>for example E:\daftar-kelurahan.xlsx</source>
        <translation>contoh: E:\daftar-kelurahan.xlsx</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>&amp;List file</source>
        <translation>&amp;Berkas daftar</translation>
    </message>
    <message>
        <source>List of people to import</source>
        <translation>Daftar orang yang akan diimpor</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.csv *.txt);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>FirstHourGuide</name>
    <message>
        <source>Getting started</source>
        <translation>Panduan memulai</translation>
    </message>
    <message>
        <source>&amp;Do not show this guide again when I sign in</source>
        <translation>&amp;Jangan tampilkan panduan ini lagi saat saya masuk</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Berikutnya</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Help &amp;gt; Keyboard shortcuts (&lt;b&gt;{shortcuts}&lt;/b&gt;) shows this list at any time; Help &amp;gt; Getting started opens this guide again.</source>
        <translation>Bantuan &amp;gt; Tombol pintas (&lt;b&gt;{shortcuts}&lt;/b&gt;) menampilkan daftar ini kapan saja; Bantuan &amp;gt; Panduan memulai membuka panduan ini lagi.</translation>
    </message>
    <message>
        <source>Your shortcut keys</source>
        <translation>Tombol pintas Anda</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Halaman {number} dari {count}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>&lt;p&gt;With this application you register people for the skills-training programs. It works without internet: what you save stays on this laptop, protected by your password, until your supervisor sends it to the central office.&lt;/p&gt;&lt;p&gt;This guide takes two minutes. Press &lt;b&gt;Enter&lt;/b&gt; for the next page, &lt;b&gt;Esc&lt;/b&gt; to close it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dengan aplikasi ini Anda mendaftarkan warga untuk program pelatihan keterampilan. Aplikasi bekerja tanpa internet: yang Anda simpan tetap di laptop ini, terlindungi oleh kata sandi Anda, sampai supervisor mengirimkannya ke kantor pusat.&lt;/p&gt;&lt;p&gt;Panduan ini hanya dua menit. Tekan &lt;b&gt;Enter&lt;/b&gt; untuk halaman berikutnya, &lt;b&gt;Esc&lt;/b&gt; untuk menutupnya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Register a person</source>
        <translation>Mendaftarkan warga</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;{new}&lt;/b&gt; (Participants &amp;gt; New registration) for an empty form.&lt;/p&gt;&lt;p&gt;Copy the NIK and the family card number from the documents. &lt;b&gt;Tab&lt;/b&gt; moves to the next field, &lt;b&gt;Shift+Tab&lt;/b&gt; back.&lt;/p&gt;&lt;p&gt;Red text under a field says what must be corrected. Orange text is a warning: check it with the person; you may save anyway.&lt;/p&gt;&lt;p&gt;Ask for the person&apos;s consent and tick it, then press &lt;b&gt;Enter&lt;/b&gt; to save. The status bar says &quot;Saved&quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tekan &lt;b&gt;{new}&lt;/b&gt; (Peserta &amp;gt; Pendaftaran baru) untuk formulir kosong.&lt;/p&gt;&lt;p&gt;Salin NIK dan nomor KK dari dokumen. &lt;b&gt;Tab&lt;/b&gt; pindah ke isian berikutnya, &lt;b&gt;Shift+Tab&lt;/b&gt; kembali.&lt;/p&gt;&lt;p&gt;Tulisan merah di bawah isian menjelaskan apa yang harus diperbaiki. Tulisan oranye adalah peringatan: periksa bersama orangnya; Anda tetap boleh menyimpan.&lt;/p&gt;&lt;p&gt;Mintalah persetujuan orang tersebut dan centang, lalu tekan &lt;b&gt;Enter&lt;/b&gt; untuk menyimpan. Baris status menampilkan &quot;Tersimpan&quot;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Mencari warga</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;{find}&lt;/b&gt; (Participants &amp;gt; Find participant) and type part of a name, a NIK or a phone number: the list narrows as you type.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Enter&lt;/b&gt; or double-click to open the person.&lt;/p&gt;&lt;p&gt;Search before you register: the same NIK cannot be registered twice, and the form offers to open the existing record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tekan &lt;b&gt;{find}&lt;/b&gt; (Peserta &amp;gt; Cari peserta) dan ketik sebagian nama, NIK, atau nomor HP: daftar menyempit saat Anda mengetik.&lt;/p&gt;&lt;p&gt;Tekan &lt;b&gt;Enter&lt;/b&gt; atau klik dua kali untuk membuka data orang tersebut.&lt;/p&gt;&lt;p&gt;Cari dulu sebelum mendaftarkan: NIK yang sama tidak bisa didaftarkan dua kali, dan formulir menawarkan untuk membuka data yang sudah ada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>Memperbaiki data</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open the person from the list, correct what is wrong and press &lt;b&gt;Enter&lt;/b&gt; to save. Every change is recorded with your name.&lt;/p&gt;&lt;p&gt;When the person asks for their data to be corrected, also record the request: &lt;b&gt;{correction}&lt;/b&gt; (Participants &amp;gt; Record correction request).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Buka data orang itu dari daftar, perbaiki yang salah, lalu tekan &lt;b&gt;Enter&lt;/b&gt; untuk menyimpan. Setiap perubahan dicatat dengan nama Anda.&lt;/p&gt;&lt;p&gt;Jika orang itu meminta datanya diperbaiki, catat juga permintaannya: &lt;b&gt;{correction}&lt;/b&gt; (Peserta &amp;gt; Catat permintaan perbaikan).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When you step away</source>
        <translation>Saat Anda meninggalkan laptop</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;{lock}&lt;/b&gt; to lock the screen; it also locks itself after a few minutes. Your password opens it again, and what you were typing is still there.&lt;/p&gt;&lt;p&gt;Never share your password. Forgot it? Your supervisor gives you a new one.&lt;/p&gt;&lt;p&gt;At the end of the day, give the laptop to your supervisor for the daily export.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tekan &lt;b&gt;{lock}&lt;/b&gt; untuk mengunci layar; layar juga terkunci sendiri setelah beberapa menit. Kata sandi Anda membukanya lagi, dan yang sedang Anda ketik tetap ada.&lt;/p&gt;&lt;p&gt;Jangan pernah membagikan kata sandi Anda. Lupa? Supervisor memberi Anda kata sandi baru.&lt;/p&gt;&lt;p&gt;Di akhir hari, serahkan laptop kepada supervisor untuk ekspor harian.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With this application you mark attendance in the classes you teach. It works without internet: what you save stays on this laptop, protected by your password, until your supervisor sends it to the central office.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Enter&lt;/b&gt; for the next page, &lt;b&gt;Esc&lt;/b&gt; to close this guide.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dengan aplikasi ini Anda mencatat kehadiran di kelas yang Anda ajar. Aplikasi bekerja tanpa internet: yang Anda simpan tetap di laptop ini, terlindungi oleh kata sandi Anda, sampai supervisor mengirimkannya ke kantor pusat.&lt;/p&gt;&lt;p&gt;Tekan &lt;b&gt;Enter&lt;/b&gt; untuk halaman berikutnya, &lt;b&gt;Esc&lt;/b&gt; untuk menutup panduan ini.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mark attendance</source>
        <translation>Mencatat kehadiran</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open &lt;b&gt;Attendance&lt;/b&gt; (F9): your class and today&apos;s session are chosen. Scan each participant card at the door: the person is marked present at once and the name shows in green. Without a card, type part of the name, press Enter and one key:&lt;/p&gt;&lt;p&gt;&lt;b&gt;H&lt;/b&gt; hadir (present), &lt;b&gt;I&lt;/b&gt; izin (excused), &lt;b&gt;S&lt;/b&gt; sakit (sick), &lt;b&gt;A&lt;/b&gt; alpa (absent without notice), &lt;b&gt;T&lt;/b&gt; terlambat (late).&lt;/p&gt;&lt;p&gt;Every mark is saved at once. At the end, &lt;b&gt;Mark the rest absent&lt;/b&gt;. You see only the classes you teach.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Buka &lt;b&gt;Kehadiran&lt;/b&gt; (F9): kelas Anda dan sesi hari ini sudah terpilih. Pindai kartu setiap peserta di pintu: orang itu langsung ditandai hadir dan namanya tampil hijau. Tanpa kartu, ketik sebagian nama, tekan Enter lalu satu tombol:&lt;/p&gt;&lt;p&gt;&lt;b&gt;H&lt;/b&gt; hadir, &lt;b&gt;I&lt;/b&gt; izin, &lt;b&gt;S&lt;/b&gt; sakit, &lt;b&gt;A&lt;/b&gt; alpa (tidak hadir tanpa keterangan), &lt;b&gt;T&lt;/b&gt; terlambat.&lt;/p&gt;&lt;p&gt;Setiap tanda langsung tersimpan. Di akhir, tekan &lt;b&gt;Tandai sisanya alpa&lt;/b&gt;. Anda hanya melihat kelas yang Anda ajar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No laptop at hand</source>
        <translation>Laptop tidak tersedia</translation>
    </message>
    <message>
        <source>&lt;p&gt;If the laptop is flat or broken, use the paper attendance sheet (daftar hadir) with signatures, and enter the marks as soon as the laptop works again. Keep the paper sheet for your supervisor.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jika baterai laptop habis atau laptop rusak, gunakan daftar hadir kertas dengan tanda tangan, dan masukkan kehadiran segera setelah laptop berfungsi lagi. Simpan lembar kertasnya untuk supervisor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;{lock}&lt;/b&gt; to lock the screen; it also locks itself after a few minutes. Your password opens it again.&lt;/p&gt;&lt;p&gt;Never share your password. Forgot it? Your supervisor gives you a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tekan &lt;b&gt;{lock}&lt;/b&gt; untuk mengunci layar; layar juga terkunci sendiri setelah beberapa menit. Kata sandi Anda membukanya lagi.&lt;/p&gt;&lt;p&gt;Jangan pernah membagikan kata sandi Anda. Lupa? Supervisor memberi Anda kata sandi baru.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;As supervisor you give everyone on this laptop an account, check the day&apos;s work and send it to the central office. You can also register people yourself ({new}) and find them ({find}).&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Enter&lt;/b&gt; for the next page, &lt;b&gt;Esc&lt;/b&gt; to close this guide.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sebagai supervisor Anda membuatkan akun untuk setiap pengguna laptop ini, memeriksa pekerjaan hari itu, dan mengirimkannya ke kantor pusat. Anda juga dapat mendaftarkan warga sendiri ({new}) dan mencarinya ({find}).&lt;/p&gt;&lt;p&gt;Tekan &lt;b&gt;Enter&lt;/b&gt; untuk halaman berikutnya, &lt;b&gt;Esc&lt;/b&gt; untuk menutup panduan ini.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>&lt;p&gt;Administration &amp;gt; Users: add an account for every field officer and trainer, with their role.&lt;/p&gt;&lt;p&gt;Someone forgot their password? Select them and press &lt;b&gt;Reset password&lt;/b&gt;; they choose their own at the next sign-in.&lt;/p&gt;&lt;p&gt;Disable the account of someone who leaves. Accounts are never deleted, so the audit trail always names who did what.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Administrasi &amp;gt; Pengguna: tambahkan akun untuk setiap petugas lapangan dan pelatih, dengan perannya.&lt;/p&gt;&lt;p&gt;Ada yang lupa kata sandi? Pilih orangnya dan tekan &lt;b&gt;Atur ulang kata sandi&lt;/b&gt;; ia memilih kata sandinya sendiri saat masuk berikutnya.&lt;/p&gt;&lt;p&gt;Nonaktifkan akun orang yang berhenti. Akun tidak pernah dihapus, sehingga jejak audit selalu menyebut siapa melakukan apa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Daily export</source>
        <translation>Ekspor harian</translation>
    </message>
    <message>
        <source>&lt;p&gt;At the end of every day press &lt;b&gt;{export}&lt;/b&gt; (Sync &amp;gt; Export for the central office) and save the file on the USB stick.&lt;/p&gt;&lt;p&gt;The file is encrypted for the central office: a lost stick shows nothing to a finder. Each export holds the changes since the previous one.&lt;/p&gt;&lt;p&gt;Stick full? Delete bundles the central office has confirmed, or use another stick.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Setiap akhir hari tekan &lt;b&gt;{export}&lt;/b&gt; (Sinkronisasi &amp;gt; Ekspor untuk kantor pusat) dan simpan berkasnya di flashdisk.&lt;/p&gt;&lt;p&gt;Berkas itu dienkripsi untuk kantor pusat: flashdisk yang hilang tidak memperlihatkan apa pun kepada penemunya. Setiap ekspor berisi perubahan sejak ekspor sebelumnya.&lt;/p&gt;&lt;p&gt;Flashdisk penuh? Hapus paket yang sudah dikonfirmasi kantor pusat, atau gunakan flashdisk lain.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backups and power cuts</source>
        <translation>Cadangan dan listrik padam</translation>
    </message>
    <message>
        <source>&lt;p&gt;A save happens completely or not at all: after a power cut, start the application again and check the last record.&lt;/p&gt;&lt;p&gt;Every day the application checks the database and makes a backup, also into a USB folder if you chose one. The Backups screen (&lt;b&gt;{backups}&lt;/b&gt;) lists them, makes one now and restores one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Penyimpanan terjadi seluruhnya atau tidak sama sekali: setelah listrik padam, jalankan aplikasi lagi dan periksa data terakhir.&lt;/p&gt;&lt;p&gt;Setiap hari aplikasi memeriksa basis data dan membuat cadangan, juga ke folder USB jika Anda memilihnya. Layar Cadangan (&lt;b&gt;{backups}&lt;/b&gt;) menampilkan daftarnya, membuat cadangan sekarang, dan memulihkan cadangan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit trail and settings</source>
        <translation>Jejak audit dan pengaturan</translation>
    </message>
    <message>
        <source>&lt;p&gt;Administration &amp;gt; Audit trail shows who changed what, and whether the record of changes is intact.&lt;/p&gt;&lt;p&gt;&lt;b&gt;{settings}&lt;/b&gt; (File &amp;gt; Settings) chooses the language and how soon the screen locks itself. Press &lt;b&gt;{lock}&lt;/b&gt; to lock it yourself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Administrasi &amp;gt; Jejak audit menampilkan siapa mengubah apa, dan apakah catatan perubahan masih utuh.&lt;/p&gt;&lt;p&gt;&lt;b&gt;{settings}&lt;/b&gt; (Berkas &amp;gt; Pengaturan) memilih bahasa dan seberapa cepat layar terkunci sendiri. Tekan &lt;b&gt;{lock}&lt;/b&gt; untuk menguncinya sendiri.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At the central office you merge the daily files (bundles) of all field laptops into one database and report progress per kecamatan.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Enter&lt;/b&gt; for the next page, &lt;b&gt;Esc&lt;/b&gt; to close this guide.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Di kantor pusat Anda menggabungkan berkas harian (paket) dari semua laptop lapangan ke dalam satu basis data dan melaporkan kemajuan per kecamatan.&lt;/p&gt;&lt;p&gt;Tekan &lt;b&gt;Enter&lt;/b&gt; untuk halaman berikutnya, &lt;b&gt;Esc&lt;/b&gt; untuk menutup panduan ini.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Mengimpor paket</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the bundle files from the USB stick or the upload folder. Every bundle is checked: its signature, that no earlier bundle of that laptop is missing, and that nothing was changed on the way.&lt;/p&gt;&lt;p&gt;Importing the same bundle twice changes nothing, so when in doubt, import again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pilih berkas paket dari flashdisk atau folder unggahan. Setiap paket diperiksa: tanda tangannya, tidak ada paket sebelumnya dari laptop itu yang terlewat, dan tidak ada yang diubah di perjalanan.&lt;/p&gt;&lt;p&gt;Mengimpor paket yang sama dua kali tidak mengubah apa pun, jadi bila ragu, impor lagi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Conflicts and duplicates</source>
        <translation>Konflik dan duplikat</translation>
    </message>
    <message>
        <source>&lt;p&gt;When two laptops changed the same record, both versions are kept for review; nothing is lost.&lt;/p&gt;&lt;p&gt;The same NIK from two laptops is flagged as a possible duplicate person and never merged automatically.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jika dua laptop mengubah data yang sama, kedua versi disimpan untuk ditinjau; tidak ada yang hilang.&lt;/p&gt;&lt;p&gt;NIK yang sama dari dua laptop ditandai sebagai kemungkinan orang ganda dan tidak pernah digabung otomatis.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;{lock}&lt;/b&gt; to lock the screen. The central database holds the data of every laptop: never leave it unlocked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tekan &lt;b&gt;{lock}&lt;/b&gt; untuk mengunci layar. Basis data pusat menyimpan data semua laptop: jangan pernah meninggalkannya tidak terkunci.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up this laptop</source>
        <translation>Siapkan laptop ini</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Buat dan masuk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation>Ubah kelompok</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Kelompok baru</translation>
    </message>
    <message>
        <source>e.g. Kelompok Wanita Melati</source>
        <translation>contoh: Kelompok Wanita Melati</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- pilih -</translation>
    </message>
    <message>
        <source>- choose kecamatan -</source>
        <translation>- pilih kecamatan -</translation>
    </message>
    <message>
        <source>- choose kecamatan first -</source>
        <translation>- pilih kecamatan terlebih dahulu -</translation>
    </message>
    <message>
        <source>phone number or address of the group</source>
        <translation>nomor HP atau alamat kelompok</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Ke&amp;camatan:</source>
        <translation>Ke&amp;camatan:</translation>
    </message>
    <message>
        <source>Ke&amp;lurahan:</source>
        <translation>Ke&amp;lurahan:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontak:</translation>
    </message>
    <message>
        <source>The leader is chosen among the members, on the group page.</source>
        <translation>Ketua dipilih dari para anggota, di halaman kelompok.</translation>
    </message>
    <message>
        <source>- choose kelurahan -</source>
        <translation>- pilih kelurahan -</translation>
    </message>
</context>
<context>
    <name>GroupFeatures</name>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Each program target counted in its own unit: persons, business units, groups or events</source>
        <translation>Setiap target program dihitung dalam satuannya sendiri: orang, unit usaha, kelompok, atau kegiatan</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>Groups and &amp;businesses of this person...</source>
        <translation>Kelompok dan &amp;usaha orang ini...</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Kelompok baru…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Search group name</source>
        <translation>Cari nama kelompok</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kelurahan, kecamatan</source>
        <translation>Kelurahan, kecamatan</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>&amp;Ubah kelompok…</translation>
    </message>
    <message>
        <source>&amp;Add member:</source>
        <translation>&amp;Tambah anggota:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Anggota kelompok</translation>
    </message>
    <message>
        <source>&amp;Leaves the group…</source>
        <translation>Ke&amp;luar dari kelompok…</translation>
    </message>
    <message>
        <source>Make lea&amp;der</source>
        <translation>Jadikan k&amp;etua</translation>
    </message>
    <message>
        <source>Equipment handed over</source>
        <translation>Peralatan yang diserahkan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Nomor seri</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <source>&amp;Record equipment handover…</source>
        <translation>Catat penye&amp;rahan peralatan…</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Cetak tanda terima…</translation>
    </message>
    <message>
        <source>A PDF with a signature line per member who signed for the selected handover</source>
        <translation>PDF berisi baris tanda tangan untuk setiap anggota yang menandatangani penyerahan yang dipilih</translation>
    </message>
    <message>
        <source>{name}
{kecamatan} · {count} member(s)</source>
        <translation>{name}
{kecamatan} · {count} anggota</translation>
    </message>
    <message>
        <source>Group saved.</source>
        <translation>Kelompok disimpan.</translation>
    </message>
    <message>
        <source>{name} joined {group}.</source>
        <translation>{name} sudah bergabung dengan {group}.</translation>
    </message>
    <message>
        <source>Select the member in the list first.</source>
        <translation>Pilih dulu anggotanya di daftar.</translation>
    </message>
    <message>
        <source>{name} left the group.</source>
        <translation>{name} keluar dari kelompok.</translation>
    </message>
    <message>
        <source>{name} leads the group now.</source>
        <translation>{name} sekarang menjadi ketua kelompok.</translation>
    </message>
    <message>
        <source>Equipment handed over to {name}</source>
        <translation>Penyerahan peralatan kepada {name}</translation>
    </message>
    <message>
        <source>Record a handover first; its receipt can then be printed.</source>
        <translation>Catat penyerahannya dulu; setelah itu tanda terimanya dapat dicetak.</translation>
    </message>
    <message>
        <source>Print the handover receipt</source>
        <translation>Cetak tanda terima penyerahan</translation>
    </message>
    <message>
        <source>Handover recorded. Print its receipt for the members to sign.</source>
        <translation>Penyerahan sudah dicatat. Cetak tanda terimanya untuk ditandatangani anggota.</translation>
    </message>
    <message>
        <source>Receipt written to {path}.</source>
        <translation>Tanda terima disimpan di {path}.</translation>
    </message>
    <message>
        <source>{active} now, {left} left</source>
        <translation>{active} aktif, {left} sudah keluar</translation>
    </message>
</context>
<context>
    <name>HelpFeatures</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Getting started...</source>
        <translation>&amp;Panduan memulai...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tombol pintas</translation>
    </message>
</context>
<context>
    <name>HistoryTree</name>
    <message>
        <source>Program and what happened</source>
        <translation>Program dan yang terjadi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>No applications yet.</source>
        <translation>Belum ada pendaftaran.</translation>
    </message>
    <message>
        <source>(position {position})</source>
        <translation>(urutan {position})</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <source>Eligibility: meets all the conditions</source>
        <translation>Kelayakan: memenuhi semua syarat</translation>
    </message>
    <message>
        <source>Eligibility: does not meet the conditions</source>
        <translation>Kelayakan: tidak memenuhi syarat</translation>
    </message>
    <message>
        <source>Admitted by a supervisor despite this: {reason}</source>
        <translation>Tetap diterima oleh supervisor: {reason}</translation>
    </message>
    <message>
        <source>Interview by {interviewer}: score {score}, {recommendation}</source>
        <translation>Wawancara oleh {interviewer}: nilai {score}, {recommendation}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Catatan: {notes}</translation>
    </message>
    <message>
        <source>Class {name}</source>
        <translation>Kelas {name}</translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <source>Contact, work and household</source>
        <translation>Kontak, pekerjaan, dan rumah tangga</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- pilih -</translation>
    </message>
    <message>
        <source>08...</source>
        <translation>08...</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan terakhir</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Role in household</source>
        <translation>Hubungan dalam keluarga</translation>
    </message>
</context>
<context>
    <name>IdNumberEdit</name>
    <message>
        <source>{count} digits</source>
        <translation>{count} digit</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Identity (as on the KTP)</source>
        <translation>Identitas (sesuai KTP)</translation>
    </message>
    <message>
        <source>as written on the ID card</source>
        <translation>sesuai yang tertulis di KTP</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- pilih -</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>Nomor Induk Kependudukan (NIK)</translation>
    </message>
    <message>
        <source>Family card (KK)</source>
        <translation>Nomor Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
</context>
<context>
    <name>IndonesianDateEdit</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <source>Type the date as day-month-year, for example 15-02-1990.</source>
        <translation>Ketik tanggal dengan urutan hari-bulan-tahun, contoh: 15-02-1990.</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Selection interview</source>
        <translation>Wawancara seleksi</translation>
    </message>
    <message>
        <source>This application is {status}: no interview can be added any more.</source>
        <translation>Pendaftaran ini berstatus {status}: wawancara tidak dapat ditambahkan lagi.</translation>
    </message>
    <message>
        <source> / 100</source>
        <translation> / 100</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>Selection interview: {name}</source>
        <translation>Wawancara seleksi: {name}</translation>
    </message>
    <message>
        <source>Save interview (Enter)</source>
        <translation>Simpan wawancara (Enter)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Score (0-100)</source>
        <translation>Nilai (0-100)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Tanggal wawancara</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Pewawancara</translation>
    </message>
    <message>
        <source>Interview saved. Score {score}, {recommendation}.</source>
        <translation>Wawancara disimpan. Nilai {score}, {recommendation}.</translation>
    </message>
    <message>
        <source>Applied on {date}. Status: {status}. Interviews recorded: {count}.</source>
        <translation>Mendaftar pada {date}. Status: {status}. Wawancara tercatat: {count}.</translation>
    </message>
</context>
<context>
    <name>KelurahanCountModel</name>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>To visit</source>
        <translation>Perlu dikunjungi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Every kelurahan</source>
        <translation>Semua kelurahan</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>{name} leaves the group</source>
        <translation>{name} keluar dari kelompok</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Tanggal keluar:</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>Layar terkunci</translation>
    </message>
    <message>
        <source>In use by {name} ({username}, {role}). Type the password to continue where you left off. A supervisor can also unlock with their own user name and password.</source>
        <translation>Sedang dipakai oleh {name} ({username}, {role}). Ketik kata sandi untuk melanjutkan pekerjaan. Supervisor juga dapat membuka kunci dengan nama pengguna dan kata sandinya sendiri.</translation>
    </message>
    <message>
        <source>Unlock (Enter)</source>
        <translation>Buka kunci (Enter)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Forgot every password?</source>
        <translation>Lupa semua kata sandi?</translation>
    </message>
    <message>
        <source>Sign in to this laptop ({device})</source>
        <translation>Masuk ke laptop ini ({device})</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again: the passwords are those of the day of the backup.</source>
        <translation>Cadangan telah dipulihkan. Masuk lagi: kata sandi yang berlaku adalah kata sandi pada hari cadangan dibuat.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Training program enrollment - {device}</source>
        <translation>Pendaftaran Peserta Pelatihan - {device}</translation>
    </message>
    <message>
        <source>Training program enrollment</source>
        <translation>Pendaftaran Peserta Pelatihan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Daftar Peserta</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Peserta</translation>
    </message>
    <message>
        <source>&amp;New registration</source>
        <translation>Pendaftaran &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Find participant</source>
        <translation>&amp;Cari peserta</translation>
    </message>
    <message>
        <source>Signed in: {name} ({username}) - {role} - Device: {device}</source>
        <translation>Masuk sebagai: {name} ({username}) - {role} - Laptop: {device}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>First rows of the list, as they will be read</source>
        <translation>Baris-baris pertama daftar, seperti yang akan dibaca</translation>
    </message>
    <message>
        <source>Columns (* required)</source>
        <translation>Kolom (* wajib)</translation>
    </message>
    <message>
        <source>RT and RW are required: as two columns, or as one RT/RW column such as 003/007.</source>
        <translation>RT dan RW wajib ada: sebagai dua kolom, atau satu kolom RT/RW seperti 003/007.</translation>
    </message>
    <message>
        <source>The heading row of {name} is row {line}. Check which column holds each field and choose the ones that were not recognised. Columns that feed no field are ignored.</source>
        <translation>Baris judul kolom di {name} adalah baris {line}. Periksa kolom mana yang berisi setiap isian, dan pilih kolom untuk isian yang tidak dikenali. Kolom yang tidak dipakai untuk isian mana pun diabaikan.</translation>
    </message>
    <message>
        <source>(not in this list)</source>
        <translation>(tidak ada di daftar ini)</translation>
    </message>
    <message>
        <source>{heading} (column {letter})</source>
        <translation>{heading} (kolom {letter})</translation>
    </message>
    <message>
        <source>no heading</source>
        <translation>tanpa judul</translation>
    </message>
    <message>
        <source>Column {heading} is chosen for more than one field: {fields}</source>
        <translation>Kolom {heading} dipilih untuk lebih dari satu isian: {fields}</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>Pilih kolom untuk: {fields}</translation>
    </message>
    <message>
        <source>Ignored columns: {headings}</source>
        <translation>Kolom yang diabaikan: {headings}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move {name} to another class</source>
        <translation>Pindahkan {name} ke kelas lain</translation>
    </message>
    <message>
        <source>{name} — {venue} ({free} free)</source>
        <translation>{name} — {venue} ({free} kosong)</translation>
    </message>
    <message>
        <source>&amp;To class:</source>
        <translation>&amp;Ke kelas:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Mulai tanggal:</translation>
    </message>
    <message>
        <source>The attendance marked so far stays with {name}&apos;s sessions in this class.</source>
        <translation>Kehadiran {name} yang sudah ditandai tetap tercatat pada sesi-sesi di kelas ini.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>anything the office should know (optional)</source>
        <translation>hal yang perlu diketahui kantor (tidak wajib)</translation>
    </message>
</context>
<context>
    <name>PaperSheetDialog</name>
    <message>
        <source>Key in a paper sheet</source>
        <translation>Masukkan daftar hadir kertas</translation>
    </message>
    <message>
        <source>{name} - session of {date}{topic}</source>
        <translation>{name} - sesi tanggal {date}{topic}</translation>
    </message>
    <message>
        <source>Type the code from the sheet for each person: H present, I excused, S sick, A absent, T late (then the arrival time). Enter moves down; empty rows stay unmarked.</source>
        <translation>Ketik kode dari daftar hadir untuk setiap orang: H hadir, I izin, S sakit, A alpa, T terlambat (lalu jam datangnya). Enter pindah ke bawah; baris yang kosong tetap belum ditandai.</translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation>&amp;Simpan semua</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Jam datang</translation>
    </message>
    <message>
        <source>Code for {name}</source>
        <translation>Kode untuk {name}</translation>
    </message>
    <message>
        <source>{name}: late (T) needs the arrival time, e.g. 08:30.</source>
        <translation>{name}: terlambat (T) perlu diisi jam datangnya, contoh: 08:30.</translation>
    </message>
    <message>
        <source>{name}: {problem} Saved before it: {count}.</source>
        <translation>{name}: {problem} Yang sudah tersimpan sebelum baris ini: {count}.</translation>
    </message>
</context>
<context>
    <name>ParticipantHistoryDialog</name>
    <message>
        <source>Applications and history</source>
        <translation>Pendaftaran dan riwayat</translation>
    </message>
    <message>
        <source>Apply to a &amp;program...</source>
        <translation>Daftar ke &amp;program...</translation>
    </message>
    <message>
        <source>&amp;Interview...</source>
        <translation>&amp;Wawancara...</translation>
    </message>
    <message>
        <source>Applications and history: {name} (NIK {nik})</source>
        <translation>Pendaftaran dan riwayat: {name} (NIK {nik})</translation>
    </message>
</context>
<context>
    <name>ParticipantListView</name>
    <message>
        <source>Search by NIK, name or phone number</source>
        <translation>Cari berdasarkan NIK, nama, atau nomor HP</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Enter or double-click opens the person for corrections. Ctrl+F: search, Ctrl+N: new registration.</source>
        <translation>Tekan Enter atau klik dua kali untuk membuka data dan memperbaikinya. Ctrl+F: cari, Ctrl+N: pendaftaran baru.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Daftar Peserta</translation>
    </message>
    <message>
        <source>{count}+ participants</source>
        <translation>{count}+ peserta</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches &quot;{text}&quot;. Check the spelling, or register the person with Ctrl+N.</source>
        <translation>Tidak ada yang cocok dengan &quot;{text}&quot;. Periksa ejaannya, atau daftarkan orang tersebut dengan Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>Lives outside Kota Tangerang</source>
        <translation>Tinggal di luar Kota Tangerang</translation>
    </message>
    <message>
        <source>Outside Kota Tangerang</source>
        <translation>Luar Kota Tangerang</translation>
    </message>
</context>
<context>
    <name>PdfRunner</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Berkas tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>The document could not be made; the details are in the log file.</source>
        <translation>Dokumen tidak dapat dibuat; rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>Membuat {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>The import failed unexpectedly; the details are in the log file.</source>
        <translation>Impor gagal karena kesalahan tak terduga; rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Impor peserta dari lembar kerja</translation>
    </message>
    <message>
        <source>Also save rows that only have warnings (such as a possible duplicate person); they are recorded as confirmed by you</source>
        <translation>Simpan juga baris yang hanya berisi peringatan (misalnya kemungkinan orang yang sama terdaftar dua kali); baris itu dicatat sebagai sudah Anda konfirmasi</translation>
    </message>
    <message>
        <source>Open the refused rows file</source>
        <translation>Buka berkas baris yang ditolak</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Step 1 of 4: the list file</source>
        <translation>Langkah 1 dari 4: berkas daftar</translation>
    </message>
    <message>
        <source>Step 2 of 4: which column holds which field</source>
        <translation>Langkah 2 dari 4: kolom mana berisi isian apa</translation>
    </message>
    <message>
        <source>Step 3 of 4: check the rows (nothing is saved yet)</source>
        <translation>Langkah 3 dari 4: periksa baris-barisnya (belum ada yang disimpan)</translation>
    </message>
    <message>
        <source>Step 4 of 4: import</source>
        <translation>Langkah 4 dari 4: impor</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Check the rows &gt;</source>
        <translation>&amp;Periksa baris &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Type the path of the list file or choose it.</source>
        <translation>Ketik lokasi berkas daftar, atau pilih berkasnya.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Checking the rows...</source>
        <translation>Memeriksa baris...</translation>
    </message>
    <message>
        <source>Importing. People are saved {batch} rows at a time: Cancel stops after the rows being saved, and everyone saved until then stays saved.</source>
        <translation>Sedang mengimpor. Data disimpan per {batch} baris: Batal menghentikan impor setelah baris yang sedang disimpan selesai, dan semua yang sudah tersimpan sampai saat itu tetap tersimpan.</translation>
    </message>
    <message>
        <source>Reading the list...</source>
        <translation>Membaca daftar...</translation>
    </message>
    <message>
        <source>Stopping after the rows being saved...</source>
        <translation>Berhenti setelah baris yang sedang disimpan selesai...</translation>
    </message>
    <message>
        <source>{rows} of about {total} rows read</source>
        <translation>{rows} dari sekitar {total} baris sudah dibaca</translation>
    </message>
    <message>
        <source>{rows} rows read</source>
        <translation>{rows} baris sudah dibaca</translation>
    </message>
    <message>
        <source>The refused rows were written to {path}, with the reason in the last column. Correct them there and import that file.</source>
        <translation>Baris yang ditolak disimpan di {path}, dengan alasannya di kolom terakhir. Perbaiki di berkas itu, lalu impor berkas tersebut.</translation>
    </message>
    <message>
        <source>Rows saved before the error stay saved; import the same file again to continue.</source>
        <translation>Baris yang disimpan sebelum terjadi kesalahan tetap tersimpan; impor lagi berkas yang sama untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Dry run of {name}: nothing was saved. {rows} rows read.</source>
        <translation>Uji coba {name}: tidak ada yang disimpan. {rows} baris dibaca.</translation>
    </message>
    <message>
        <source>The check was stopped after line {line}; the counts cover the rows up to it.</source>
        <translation>Pemeriksaan dihentikan setelah baris {line}; jumlah yang tampil hanya mencakup baris sampai baris itu.</translation>
    </message>
    <message>
        <source>There is nobody to import: correct the rows below in the list, or go back and check the columns.</source>
        <translation>Tidak ada orang yang dapat diimpor: perbaiki baris-baris di bawah ini di berkas daftar, atau kembali dan periksa kolomnya.</translation>
    </message>
    <message>
        <source>Import cancelled after line {line}: {saved} people from the rows up to that line were saved, the rows after it were not read. Import the same file again to continue: the rows saved now will then be reported as already registered.</source>
        <translation>Impor dibatalkan setelah baris {line}: {saved} orang dari baris sampai baris itu sudah disimpan, baris sesudahnya tidak dibaca. Impor lagi berkas yang sama untuk melanjutkan: baris yang sudah tersimpan sekarang nanti akan dilaporkan sebagai sudah terdaftar.</translation>
    </message>
    <message>
        <source>Import of {name} finished: {saved} people were saved. People already registered were not changed.</source>
        <translation>Impor {name} selesai: {saved} orang disimpan. Data orang yang sudah terdaftar tidak diubah.</translation>
    </message>
    <message>
        <source>Reading stopped after line {line}: more than 1000 empty rows followed, the rest was not read.</source>
        <translation>Pembacaan berhenti setelah baris {line}: sesudahnya ada lebih dari 1000 baris kosong, sisanya tidak dibaca.</translation>
    </message>
</context>
<context>
    <name>PeopleImportFeatures</name>
    <message>
        <source>&amp;Import people from a spreadsheet...</source>
        <translation>&amp;Impor peserta dari lembar kerja...</translation>
    </message>
    <message>
        <source>Add the people of a CSV or Excel list (registry extract, kelurahan list)</source>
        <translation>Tambahkan orang-orang dari daftar CSV atau Excel (ekstrak data terpadu, daftar kelurahan)</translation>
    </message>
</context>
<context>
    <name>PersonLinksDialog</name>
    <message>
        <source>Groups and businesses of {name}</source>
        <translation>Kelompok dan usaha {name}</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Kelompok: {name}</translation>
    </message>
    <message>
        <source>Business unit: {name}</source>
        <translation>Unit usaha: {name}</translation>
    </message>
    <message>
        <source>{name} is in no group and owns no business unit yet. Add them on the Groups or Business units page.</source>
        <translation>{name} belum tergabung dalam kelompok mana pun dan belum memiliki unit usaha. Tambahkan di halaman Kelompok atau Unit usaha.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>NIK or name, then Enter; or scan the card</source>
        <translation>NIK atau nama, lalu Enter; atau pindai kartu</translation>
    </message>
    <message>
        <source>People matching the search</source>
        <translation>Orang yang cocok dengan pencarian</translation>
    </message>
    <message>
        <source>Nobody registered matches &quot;{text}&quot;. Register the person first.</source>
        <translation>Tidak ada orang terdaftar yang cocok dengan &quot;{text}&quot;. Daftarkan orang tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <source>No registered participant has the NIK or card &quot;{text}&quot;. Register the person first.</source>
        <translation>Tidak ada peserta terdaftar dengan NIK atau kartu &quot;{text}&quot;. Daftarkan orang tersebut terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>PersonalDataConfirm</name>
    <message>
        <source>This file holds personal data. People in it: {count}.</source>
        <translation>Berkas ini berisi data pribadi. Jumlah orang di dalamnya: {count}.</translation>
    </message>
    <message>
        <source>It will not be encrypted. Keep it safe, give it only to those who need it, and delete it when you are done. Writing it is recorded in the audit trail.

Continue?</source>
        <translation>Berkas ini tidak dienkripsi. Simpan dengan aman, berikan hanya kepada yang memerlukannya, dan hapus setelah selesai. Penulisannya dicatat di jejak audit.

Lanjutkan?</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Tulis berkas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ProgramDashboardView</name>
    <message>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gram</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Salin tabel</translation>
    </message>
    <message>
        <source>Copy the table for a spreadsheet (Ctrl+C copies the selected rows)</source>
        <translation>Salin tabel untuk lembar kerja (Excel) (Ctrl+C menyalin baris yang dipilih)</translation>
    </message>
    <message>
        <source>Quota progress per kecamatan</source>
        <translation>Capaian kuota per kecamatan</translation>
    </message>
    <message>
        <source>There is no program in the catalog yet, so there is nothing to show.</source>
        <translation>Belum ada program di katalog, jadi belum ada yang dapat ditampilkan.</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Diperbarui pukul {time}</translation>
    </message>
    <message>
        <source>Places taken: {taken} of {target} ({percent}). Applications: {applications}.</source>
        <translation>Tempat terisi: {taken} dari {target} ({percent}). Pendaftaran: {applications}.</translation>
    </message>
    <message>
        <source>Places taken: {taken} (this program has no quota per kecamatan; its targets are on the Programs screen). Applications: {applications}.</source>
        <translation>Tempat terisi: {taken} (program ini tidak punya kuota per kecamatan; targetnya ada di layar Program). Pendaftaran: {applications}.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Edit program</source>
        <translation>Ubah program</translation>
    </message>
    <message>
        <source> of every class</source>
        <translation> dari setiap kelas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>A selection interview is required</source>
        <translation>Wawancara seleksi wajib</translation>
    </message>
    <message>
        <source>Open for applications (active)</source>
        <translation>Menerima pendaftaran (aktif)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>Pen&amp;yelenggara:</translation>
    </message>
    <message>
        <source>Period &amp;starts:</source>
        <translation>Periode &amp;mulai:</translation>
    </message>
    <message>
        <source>Period &amp;ends:</source>
        <translation>Periode &amp;berakhir:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>&amp;Completion at:</source>
        <translation>&amp;Lulus pada:</translation>
    </message>
    <message>
        <source>Starter &amp;packages for the best:</source>
        <translation>&amp;Paket alat usaha untuk yang terbaik:</translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation>Wawancara:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Keterampilan:</translation>
    </message>
    <message>
        <source>Skills the program offers</source>
        <translation>Keterampilan yang ditawarkan program</translation>
    </message>
    <message>
        <source>code, e.g. tata_boga</source>
        <translation>kode, mis. tata_boga</translation>
    </message>
    <message>
        <source>New skill code</source>
        <translation>Kode keterampilan baru</translation>
    </message>
    <message>
        <source>name, e.g. Tata Boga</source>
        <translation>nama, mis. Tata Boga</translation>
    </message>
    <message>
        <source>New skill name</source>
        <translation>Nama keterampilan baru</translation>
    </message>
    <message>
        <source>&amp;Add skill</source>
        <translation>&amp;Tambah keterampilan</translation>
    </message>
    <message>
        <source>&amp;Remove skill</source>
        <translation>&amp;Hapus keterampilan</translation>
    </message>
    <message>
        <source>Added: written when you save</source>
        <translation>Ditambahkan: ditulis saat Anda menyimpan</translation>
    </message>
</context>
<context>
    <name>ProgramFeatures</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Quota progress per kecamatan and the application pipeline (Ctrl+D)</source>
        <translation>Capaian kuota per kecamatan dan tahapan pendaftaran (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dasbor</translation>
    </message>
    <message>
        <source>&amp;Edit program...</source>
        <translation>&amp;Ubah program...</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Terisi</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Daftar tunggu</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Mundur</translation>
    </message>
    <message>
        <source>Kecamatan of the application (the quota bucket)</source>
        <translation>Kecamatan pendaftaran (menentukan kuota yang dipakai)</translation>
    </message>
    <message>
        <source>Places for this kecamatan in the program</source>
        <translation>Kuota kecamatan ini dalam program</translation>
    </message>
    <message>
        <source>Places taken: accepted, assigned to a class or completed</source>
        <translation>Tempat terisi: diterima, ditempatkan di kelas, atau lulus</translation>
    </message>
    <message>
        <source>Places taken as a percentage of the quota</source>
        <translation>Tempat terisi dalam persen dari kuota</translation>
    </message>
    <message>
        <source>Waitlisted, in order, for a place that frees</source>
        <translation>Dalam daftar tunggu, sesuai urutan, menunggu tempat yang kosong</translation>
    </message>
    <message>
        <source>Registered or interviewed, no decision yet</source>
        <translation>Terdaftar atau sudah diwawancara, belum ada keputusan</translation>
    </message>
    <message>
        <source>Dropped out after acceptance or in class</source>
        <translation>Mengundurkan diri setelah diterima atau saat di kelas</translation>
    </message>
    <message>
        <source>Outside the 13 kecamatan</source>
        <translation>Di luar 13 kecamatan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>ProvisioningChooser</name>
    <message>
        <source>optional: the file from the central office</source>
        <translation>tidak wajib: berkas dari kantor pusat</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>Provisioning file</source>
        <translation>Berkas penyiapan</translation>
    </message>
    <message>
        <source>Provisioning files (*.json);;All files (*)</source>
        <translation>Berkas penyiapan (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Laptop &apos;{name}&apos;, {users} user account(s), {programs} program(s).</source>
        <translation>Laptop &apos;{name}&apos;, {users} akun pengguna, {programs} program.</translation>
    </message>
</context>
<context>
    <name>ProvisioningPage</name>
    <message>
        <source>Provisioning file</source>
        <translation>Berkas penyiapan</translation>
    </message>
    <message>
        <source>The central office prepared this laptop. Check the central office key below against the one the central office gave you, then go on.</source>
        <translation>Laptop ini sudah disiapkan oleh kantor pusat. Cocokkan kunci kantor pusat di bawah ini dengan kunci yang diberikan kantor pusat kepada Anda, lalu lanjutkan.</translation>
    </message>
    <message>
        <source>Laptop name</source>
        <translation>Nama laptop</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Central office key</source>
        <translation>Kunci kantor pusat</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>none: create the first supervisor next</source>
        <translation>tidak ada: buat supervisor pertama di langkah berikutnya</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QuotaChart</name>
    <message>
        <source>Places taken</source>
        <translation>Tempat terisi</translation>
    </message>
    <message>
        <source>Open places within the quota</source>
        <translation>Tempat kosong dalam kuota</translation>
    </message>
    <message>
        <source>{kecamatan} ({percent})</source>
        <translation>{kecamatan} ({percent})</translation>
    </message>
</context>
<context>
    <name>QuotaTable</name>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Kuota</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Receipts (*{suffix});;All files (*)</source>
        <translation>Tanda terima (*{suffix});;Semua berkas (*)</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>belum dikonfirmasi</translation>
    </message>
    <message>
        <source>received and merged at the central office ({date})</source>
        <translation>diterima dan digabung di kantor pusat ({date})</translation>
    </message>
    <message>
        <source>- {conflicts} conflict(s), {duplicates} possible duplicate(s) to review there</source>
        <translation>- {conflicts} konflik, {duplicates} kemungkinan duplikat untuk ditinjau di sana</translation>
    </message>
    <message>
        <source>Receipts from the central office</source>
        <translation>Tanda terima dari kantor pusat</translation>
    </message>
    <message>
        <source>The central office writes a signed receipt for every bundle it imports. Load the receipts here: a bundle is confirmed once its receipt is checked. Personal data can only be removed from this laptop for confirmed records.</source>
        <translation>Kantor pusat menulis tanda terima bertanda tangan untuk setiap paket yang diimpornya. Muat tanda terima di sini: sebuah paket dikonfirmasi setelah tanda terimanya diperiksa. Data pribadi hanya dapat dihapus dari laptop ini untuk data yang sudah dikonfirmasi.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ditulis</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>At the central office</source>
        <translation>Di kantor pusat</translation>
    </message>
    <message>
        <source>&amp;Load receipts…</source>
        <translation>&amp;Muat tanda terima…</translation>
    </message>
    <message>
        <source>This laptop has not exported a bundle yet.</source>
        <translation>Laptop ini belum pernah mengekspor paket.</translation>
    </message>
    <message>
        <source>Receipts loaded for bundle(s) {numbers}.</source>
        <translation>Tanda terima dimuat untuk paket {numbers}.</translation>
    </message>
</context>
<context>
    <name>RecordedHandovers</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Diberikan kepada</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Receipt &amp;signed</source>
        <translation>Tanda terima sudah &amp;ditandatangani</translation>
    </message>
    <message>
        <source>Recorded for this class:</source>
        <translation>Tercatat untuk kelas ini:</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Sudah ditandatangani</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Receipt recorded for {name}.</source>
        <translation>Tanda terima untuk {name} sudah dicatat.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot every password</source>
        <translation>Lupa semua kata sandi</translation>
    </message>
    <message>
        <source>Set a new password with a recovery file</source>
        <translation>Atur kata sandi baru dengan berkas pemulihan</translation>
    </message>
    <message>
        <source>When nobody on this laptop remembers a password, bring the file enrollment.keys from the laptop&apos;s data folder to the central office on a USB stick. The central office gives back a recovery file for this laptop and reads you a code by phone. A supervisor then chooses a new password here; the data on the laptop stays as it is.</source>
        <translation>Jika tidak ada seorang pun di laptop ini yang ingat kata sandinya, bawa berkas enrollment.keys dari folder data laptop ke kantor pusat dengan flashdisk. Kantor pusat memberikan berkas pemulihan untuk laptop ini dan membacakan sebuah kode lewat telepon. Seorang supervisor lalu memilih kata sandi baru di sini; data di laptop tetap seperti semula.</translation>
    </message>
    <message>
        <source>the .recovery.json file</source>
        <translation>berkas .recovery.json</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Recovery file</source>
        <translation>Berkas pemulihan</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>Atur kata sandi dan masuk</translation>
    </message>
    <message>
        <source>Recovery files (*.recovery.json);;All files (*)</source>
        <translation>Berkas pemulihan (*.recovery.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose the recovery file from the central office.</source>
        <translation>Pilih berkas pemulihan dari kantor pusat.</translation>
    </message>
    <message>
        <source>Type the recovery code the central office read out.</source>
        <translation>Ketik kode pemulihan yang dibacakan kantor pusat.</translation>
    </message>
    <message>
        <source>Type your supervisor user name.</source>
        <translation>Ketik nama pengguna supervisor Anda.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Kedua kata sandi baru berbeda.</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Personal data request</source>
        <translation>Permintaan data pribadi</translation>
    </message>
    <message>
        <source>The birth date cannot be read; nothing was saved.</source>
        <translation>Tanggal lahir tidak terbaca; data belum disimpan.</translation>
    </message>
    <message>
        <source>Not saved yet: check the points marked in orange, then save again.</source>
        <translation>Belum tersimpan: periksa isian yang ditandai oranye, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Saved: {name} is registered. The form is empty for the next person.</source>
        <translation>Tersimpan: {name} sudah terdaftar. Formulir sudah kosong untuk orang berikutnya.</translation>
    </message>
    <message>
        <source>Saved: the changes to {name} are recorded.</source>
        <translation>Tersimpan: perubahan data {name} sudah dicatat.</translation>
    </message>
    <message>
        <source>This NIK is already registered for {name}; saving opens their record.</source>
        <translation>NIK ini sudah terdaftar atas nama {name}; jika disimpan, data orang tersebut akan dibuka.</translation>
    </message>
    <message>
        <source>New registration from a candidate list</source>
        <translation>Pendaftaran baru dari daftar calon peserta</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Simpan (Enter)</translation>
    </message>
    <message>
        <source>Clear form (Esc)</source>
        <translation>Kosongkan formulir (Esc)</translation>
    </message>
    <message>
        <source>Correcting the record of {name}</source>
        <translation>Memperbaiki data {name}</translation>
    </message>
    <message>
        <source>Save changes (Enter)</source>
        <translation>Simpan perubahan (Enter)</translation>
    </message>
    <message>
        <source>Cancel editing (Esc)</source>
        <translation>Batalkan perbaikan (Esc)</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Already registered</source>
        <translation>Sudah terdaftar</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Would be saved</source>
        <translation>Akan disimpan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Every row read could be saved.</source>
        <translation>Semua baris yang dibaca dapat disimpan.</translation>
    </message>
    <message>
        <source>The first {shown} of {count} rows that were not saved:</source>
        <translation>{shown} baris pertama dari {count} baris yang tidak disimpan:</translation>
    </message>
    <message>
        <source>Rows that were not saved:</source>
        <translation>Baris yang tidak disimpan:</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Give {username} a temporary password and tell it to them in person. They will choose their own at the next sign-in. A lock-out after wrong passwords is lifted too.</source>
        <translation>Beri {username} kata sandi sementara dan sampaikan langsung kepada orangnya. Ia akan membuat kata sandinya sendiri saat masuk berikutnya. Penguncian akun karena salah kata sandi juga dibuka.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Kata sandi sementara</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Restore the backup taken on {taken}?</source>
        <translation>Pulihkan cadangan yang dibuat pada {taken}?</translation>
    </message>
    <message>
        <source>Everything saved on this laptop after that moment will be lost from the database: registrations, corrections, accounts and settings.</source>
        <translation>Semua yang disimpan di laptop ini setelah saat itu akan hilang dari basis data: pendaftaran, perbaikan, akun, dan pengaturan.</translation>
    </message>
    <message>
        <source>The database now holds {now} participants, the backup {then}; {changed} participant records were added or changed since the backup.</source>
        <translation>Basis data sekarang berisi {now} peserta, cadangan {then}; {changed} data peserta ditambah atau diubah sejak cadangan itu.</translation>
    </message>
    <message>
        <source>The current database is first saved as a copy in the backups folder, so it can still be recovered. Everyone signs in again afterwards.</source>
        <translation>Basis data saat ini lebih dulu disimpan sebagai salinan di folder cadangan, sehingga masih bisa dikembalikan. Setelah itu semua orang masuk kembali.</translation>
    </message>
    <message>
        <source>The file could not be written or read: {reason}</source>
        <translation>Berkas tidak dapat ditulis atau dibaca: {reason}</translation>
    </message>
    <message>
        <source>The backup or restore failed unexpectedly; the details are in the log file.</source>
        <translation>Pencadangan atau pemulihan gagal tanpa terduga; rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Restoring the backup... Do not switch the laptop off.</source>
        <translation>Memulihkan cadangan... Jangan matikan laptop.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Remove personal data no longer needed</source>
        <translation>Hapus data pribadi yang tidak diperlukan lagi</translation>
    </message>
    <message>
        <source>When a person&apos;s programs have ended and the central office has confirmed all their records with a receipt, their NIK, family card number, name, birth place and day, address, phone and notes can be removed from this laptop. What the counts need (kecamatan, kelurahan, sex, birth year, registry status) stays, and the central office keeps its copy.</source>
        <translation>Jika program seseorang sudah berakhir dan kantor pusat sudah mengonfirmasi semua datanya dengan tanda terima, NIK, nomor KK, nama, tempat dan tanggal lahir, alamat, nomor HP, dan catatannya dapat dihapus dari laptop ini. Yang diperlukan untuk penghitungan (kecamatan, kelurahan, jenis kelamin, tahun lahir, status data terpadu) tetap disimpan, dan kantor pusat menyimpan salinannya.</translation>
    </message>
    <message>
        <source>&amp;Remove personal data</source>
        <translation>&amp;Hapus data pribadi</translation>
    </message>
    <message>
        <source>People whose personal data can be removed now: {removable}
People whose programs ended but whose records no receipt confirms yet: {unconfirmed}</source>
        <translation>Orang yang data pribadinya dapat dihapus sekarang: {removable}
Orang yang programnya sudah berakhir tetapi datanya belum dikonfirmasi tanda terima: {unconfirmed}</translation>
    </message>
    <message>
        <source>Remove the personal data of {count} people from this laptop? This cannot be undone here; the central office keeps its copy.</source>
        <translation>Hapus data pribadi {count} orang dari laptop ini? Ini tidak dapat dibatalkan di sini; kantor pusat menyimpan salinannya.</translation>
    </message>
    <message>
        <source>Personal data of {removed} people removed from this laptop.</source>
        <translation>Data pribadi {removed} orang telah dihapus dari laptop ini.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Add sessions to {name}</source>
        <translation>Tambah sesi untuk {name}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>One topic per line, in order (optional)</source>
        <translation>Satu materi per baris, sesuai urutan (tidak wajib)</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Tanggal &amp;pertama:</translation>
    </message>
    <message>
        <source>&amp;Last day (the same for one session):</source>
        <translation>Tanggal te&amp;rakhir (samakan untuk satu sesi):</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Hari:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Mulai pukul:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Selesai pukul:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>Ma&amp;teri:</translation>
    </message>
</context>
<context>
    <name>SendUpdateDialog</name>
    <message>
        <source>Send an update to a device</source>
        <translation>Kirim pembaruan ke perangkat</translation>
    </message>
    <message>
        <source>The update holds the program catalog and every class list with its participants, whichever laptop registered them. It is signed by the central office and only the chosen laptop can read it; a supervisor applies it there (Sync &gt; Apply an update from the central office).</source>
        <translation>Pembaruan berisi katalog program dan setiap daftar kelas beserta pesertanya, dari laptop mana pun mereka didaftarkan. Pembaruan ditandatangani kantor pusat dan hanya laptop yang dipilih yang dapat membacanya; supervisor menerapkannya di sana (Sinkronisasi &gt; Terapkan pembaruan dari kantor pusat).</translation>
    </message>
    <message>
        <source>USB stick or folder</source>
        <translation>Flashdisk atau folder</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Perangkat</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Write update</source>
        <translation>&amp;Tulis pembaruan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>no bundle received yet</source>
        <translation>belum ada paket yang diterima</translation>
    </message>
    <message>
        <source>No device is registered yet. Provision a laptop first.</source>
        <translation>Belum ada perangkat yang terdaftar. Siapkan laptop terlebih dahulu.</translation>
    </message>
    <message>
        <source>No device has sent a bundle yet. Import a bundle from the laptop first: its encryption key comes with it.</source>
        <translation>Belum ada perangkat yang mengirim paket. Impor dulu paket dari laptop itu: kunci enkripsinya ikut di dalamnya.</translation>
    </message>
    <message>
        <source>Folder for the update</source>
        <translation>Folder untuk pembaruan</translation>
    </message>
    <message>
        <source>Choose the device.</source>
        <translation>Pilih perangkatnya.</translation>
    </message>
    <message>
        <source>Choose the folder to write the update to.</source>
        <translation>Pilih folder tempat menulis pembaruan.</translation>
    </message>
    <message>
        <source>Writing the update...</source>
        <translation>Menulis pembaruan...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Update {sequence} for {device} written ({records} records) into the folder as {name}. Take it to the laptop.</source>
        <translation>Pembaruan {sequence} untuk {device} ditulis ({records} data) ke folder sebagai {name}. Bawa ke laptop tersebut.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the application, for everyone who uses this laptop.</source>
        <translation>Bahasa baru digunakan mulai aplikasi dijalankan berikutnya, untuk semua pengguna laptop ini.</translation>
    </message>
    <message>
        <source>On this computer {variable}={code} is set; it takes precedence over this choice.</source>
        <translation>Di komputer ini {variable}={code} telah diatur; pengaturan itu lebih diutamakan daripada pilihan ini.</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Kunci layar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Lock the screen after this long &amp;without use:</source>
        <translation>Kunci layar setelah &amp;tidak dipakai selama:</translation>
    </message>
    <message>
        <source>Applies at once, to everyone on this laptop. Ctrl+L locks the screen at any time.</source>
        <translation>Berlaku seketika, untuk semua pengguna laptop ini. Ctrl+L mengunci layar kapan saja.</translation>
    </message>
</context>
<context>
    <name>SettingsFeatures</name>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Pengaturan...</translation>
    </message>
    <message>
        <source>Language saved. It is used from the next start of the application.</source>
        <translation>Bahasa disimpan. Bahasa ini digunakan mulai aplikasi dijalankan berikutnya.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Next field / previous field</source>
        <translation>Isian berikutnya / isian sebelumnya</translation>
    </message>
    <message>
        <source>Save the form; in the list, open the selected person</source>
        <translation>Simpan formulir; di daftar, buka orang yang dipilih</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Tutup dialog tanpa menyimpan</translation>
    </message>
    <message>
        <source>With the underlined letter: open that menu or press that button</source>
        <translation>Dengan huruf bergaris bawah: buka menu itu atau tekan tombol itu</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tombol pintas</translation>
    </message>
    <message>
        <source>The shortcuts of the menus you can use, read from the menus themselves.</source>
        <translation>Tombol pintas menu yang dapat Anda gunakan, dibaca langsung dari menunya.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Layar</translation>
    </message>
    <message>
        <source>{menu} menu</source>
        <translation>Menu {menu}</translation>
    </message>
    <message>
        <source>In every form, list and dialog</source>
        <translation>Di setiap formulir, daftar, dan dialog</translation>
    </message>
</context>
<context>
    <name>SubjectExportDialog</name>
    <message>
        <source>Personal data request</source>
        <translation>Permintaan data pribadi</translation>
    </message>
    <message>
        <source>Everything held about {name} (NIK {nik})</source>
        <translation>Semua data tentang {name} (NIK {nik})</translation>
    </message>
    <message>
        <source>Under UU PDP a person may see all data held about them. This writes two files: a readable page (HTML: opens in any browser and prints) and a data file (JSON). They hold the person&apos;s record, business, groups, applications, interviews, classes, attendance, aid, earlier requests and the history of every change. The export is recorded in the audit trail.</source>
        <translation>Berdasarkan UU PDP, setiap orang berhak melihat semua data tentang dirinya. Fitur ini membuat dua berkas: halaman yang mudah dibaca (HTML: dapat dibuka di peramban apa pun dan dicetak) dan berkas data (JSON). Isinya: data pribadi, usaha, kelompok, pendaftaran program, wawancara, kelas, kehadiran, bantuan, permintaan sebelumnya, dan riwayat setiap perubahan. Ekspor ini dicatat dalam jejak audit.</translation>
    </message>
    <message>
        <source>The files are not encrypted. Give them to the person (or print the page), then delete them from this laptop and any USB stick.</source>
        <translation>Berkas ini tidak dienkripsi. Serahkan kepada yang bersangkutan (atau cetak halamannya), lalu hapus dari laptop ini dan dari flashdisk mana pun.</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Pilih folder terlebih dahulu.</translation>
    </message>
    <message>
        <source>Written:
{html}
{json}</source>
        <translation>Disimpan:
{html}
{json}</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>Folder untuk berkas</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>First supervisor</source>
        <translation>Supervisor pertama</translation>
    </message>
    <message>
        <source>The supervisor signs in on this laptop and can add the other team members later.</source>
        <translation>Supervisor masuk di laptop ini dan nanti dapat menambahkan anggota tim lainnya.</translation>
    </message>
    <message>
        <source>lowercase, for example: rina</source>
        <translation>huruf kecil, contoh: rina</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>minimal 8 karakter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Sign in with your account from the provisioning file, or create a new supervisor account.</source>
        <translation>Masuk dengan akun Anda dari berkas penyiapan, atau buat akun supervisor baru.</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>Kedua kata sandi tidak sama; ketik ulang.</translation>
    </message>
</context>
<context>
    <name>SyncFeatures</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <source>&amp;Export for the central office...</source>
        <translation>&amp;Ekspor untuk kantor pusat...</translation>
    </message>
    <message>
        <source>&amp;Apply an update from the central office...</source>
        <translation>&amp;Terapkan pembaruan dari kantor pusat...</translation>
    </message>
    <message>
        <source>&amp;Load receipts from the central office...</source>
        <translation>&amp;Muat tanda terima dari kantor pusat...</translation>
    </message>
    <message>
        <source>&amp;Remove personal data no longer needed...</source>
        <translation>&amp;Hapus data pribadi yang tidak diperlukan lagi...</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gram</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Each target counts what it states: a business unit trained twice, or with two owners trained, counts once.</source>
        <translation>Setiap target menghitung sesuai yang disebutkannya: unit usaha yang dilatih dua kali, atau yang dua pemiliknya dilatih, tetap dihitung satu kali.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Tercapai</translation>
    </message>
    <message>
        <source>Target number</source>
        <translation>Jumlah target</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Targets of the program</source>
        <translation>Target program</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>First reached</source>
        <translation>Tercapai pertama kali</translation>
    </message>
    <message>
        <source>Per kecamatan</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>The catalog states no targets for this program.</source>
        <translation>Katalog tidak mencantumkan target untuk program ini.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(belum ditetapkan)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>no target number</source>
        <translation>tanpa jumlah target</translation>
    </message>
    <message>
        <source>&lt;b&gt;{target}&lt;/b&gt;: {reached} {unit}</source>
        <translation>&lt;b&gt;{target}&lt;/b&gt;: {reached} {unit}</translation>
    </message>
    <message>
        <source>(no kecamatan)</source>
        <translation>(tanpa kecamatan)</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit business unit</source>
        <translation>Ubah unit usaha</translation>
    </message>
    <message>
        <source>New business unit</source>
        <translation>Unit usaha baru</translation>
    </message>
    <message>
        <source>e.g. Dapur Bu Siti</source>
        <translation>contoh: Dapur Bu Siti</translation>
    </message>
    <message>
        <source>13 digits; leave empty when there is none yet</source>
        <translation>13 digit; kosongkan jika belum ada</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- pilih -</translation>
    </message>
    <message>
        <source>- choose kecamatan -</source>
        <translation>- pilih kecamatan -</translation>
    </message>
    <message>
        <source>- choose kecamatan first -</source>
        <translation>- pilih kecamatan terlebih dahulu -</translation>
    </message>
    <message>
        <source>e.g. 2019</source>
        <translation>contoh: 2019</translation>
    </message>
    <message>
        <source>- not known -</source>
        <translation>- tidak diketahui -</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>N&amp;IB:</source>
        <translation>N&amp;IB:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Bidang usaha:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>&amp;Skala usaha:</translation>
    </message>
    <message>
        <source>Ke&amp;camatan:</source>
        <translation>Ke&amp;camatan:</translation>
    </message>
    <message>
        <source>Ke&amp;lurahan:</source>
        <translation>Ke&amp;lurahan:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>&amp;Jalan:</translation>
    </message>
    <message>
        <source>&amp;Year started:</source>
        <translation>&amp;Tahun mulai usaha:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Produk:</translation>
    </message>
    <message>
        <source>T&amp;urnover:</source>
        <translation>&amp;Omzet:</translation>
    </message>
    <message>
        <source>Permits held:</source>
        <translation>Izin yang dimiliki:</translation>
    </message>
    <message>
        <source>&amp;Owners:</source>
        <translation>Pe&amp;milik:</translation>
    </message>
    <message>
        <source>number (optional)</source>
        <translation>nomor (tidak wajib)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Owners of the unit</source>
        <translation>Pemilik unit usaha</translation>
    </message>
    <message>
        <source>&amp;Remove owner</source>
        <translation>&amp;Hapus pemilik</translation>
    </message>
    <message>
        <source>- choose kelurahan -</source>
        <translation>- pilih kelurahan -</translation>
    </message>
    <message>
        <source>{name} is an owner already.</source>
        <translation>{name} sudah menjadi pemilik.</translation>
    </message>
    <message>
        <source>Type the year in digits, e.g. 2019.</source>
        <translation>Ketik tahun dengan angka, contoh: 2019.</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>&amp;New business unit…</source>
        <translation>&amp;Unit usaha baru…</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Semua bidang usaha</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>Search name or NIB</source>
        <translation>Cari nama atau NIB</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Sector, scale</source>
        <translation>Bidang dan skala usaha</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Tahun mulai</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>&amp;Edit unit and owners…</source>
        <translation>Ubah unit dan pe&amp;milik…</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>History: applications and facilitation</source>
        <translation>Riwayat: pendaftaran program dan fasilitasi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Dihitung untuk</translation>
    </message>
    <message>
        <source>History of the unit</source>
        <translation>Riwayat unit usaha</translation>
    </message>
    <message>
        <source>&amp;Record facilitation…</source>
        <translation>&amp;Catat fasilitasi…</translation>
    </message>
    <message>
        <source>{name}
{sector} · {kecamatan}</source>
        <translation>{name}
{sector} · {kecamatan}</translation>
    </message>
    <message>
        <source>Business unit saved.</source>
        <translation>Unit usaha disimpan.</translation>
    </message>
    <message>
        <source>Facilitation recorded.</source>
        <translation>Fasilitasi dicatat.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Pendaftaran program</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>Salah kata sandi</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Tanggal ditambahkan</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Terkunci sampai {time}</translation>
    </message>
    <message>
        <source>Active, must choose a new password</source>
        <translation>Aktif, harus membuat kata sandi baru</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users of this laptop</source>
        <translation>Pengguna laptop ini</translation>
    </message>
    <message>
        <source>Add user...</source>
        <translation>Tambah pengguna...</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>Atur ulang kata sandi...</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Accounts are never deleted: the audit trail names who did what. A disabled account cannot sign in or unlock the screen. After 5 wrong passwords in a row an account waits 1 minute, then 2, 4, ... up to 30; resetting the password lifts the wait.</source>
        <translation>Akun tidak pernah dihapus: jejak audit mencatat siapa melakukan apa. Akun yang dinonaktifkan tidak dapat masuk atau membuka kunci layar. Setelah 5 kali berturut-turut salah kata sandi, akun harus menunggu 1 menit, lalu 2, 4, ... sampai 30 menit; mengatur ulang kata sandi menghapus waktu tunggu ini.</translation>
    </message>
    <message>
        <source>{username} can now sign in on this laptop.</source>
        <translation>{username} sekarang dapat masuk di laptop ini.</translation>
    </message>
    <message>
        <source>Password of {username} reset. They choose their own at the next sign-in.</source>
        <translation>Kata sandi {username} sudah diatur ulang. Ia membuat kata sandinya sendiri saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Disable {username}? They will not be able to sign in until a supervisor enables the account again.</source>
        <translation>Nonaktifkan {username}? Ia tidak dapat masuk sampai supervisor mengaktifkan akunnya lagi.</translation>
    </message>
    <message>
        <source>{username} is disabled.</source>
        <translation>{username} sudah dinonaktifkan.</translation>
    </message>
    <message>
        <source>{username} can sign in again.</source>
        <translation>{username} dapat masuk lagi.</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <source>This program sets no conditions.</source>
        <translation>Program ini tidak menetapkan syarat.</translation>
    </message>
</context>
<context>
    <name>WelfareSection</name>
    <message>
        <source>Social welfare</source>
        <translation>Kesejahteraan sosial</translation>
    </message>
    <message>
        <source>- unknown -</source>
        <translation>- tidak diketahui -</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>Status pendataan sosial</translation>
    </message>
    <message>
        <source>Desil (1-10)</source>
        <translation>Desil (1-10)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <source>Assistance received</source>
        <translation>Bantuan yang diterima</translation>
    </message>
</context>
<context>
    <name>aid_kind</name>
    <message>
        <source>Starter kit</source>
        <translation>Paket alat usaha</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Peralatan</translation>
    </message>
    <message>
        <source>Capital aid</source>
        <translation>Bantuan modal</translation>
    </message>
</context>
<context>
    <name>application_status</name>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Sudah diwawancara</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Daftar tunggu</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Assigned to a class</source>
        <translation>Ditempatkan di kelas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Mengundurkan diri</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sakit</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Alpa</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
</context>
<context>
    <name>candidates</name>
    <message>
        <source>To visit</source>
        <translation>Perlu dikunjungi</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>Tidak/belum sekolah</translation>
    </message>
    <message>
        <source>Primary school (SD)</source>
        <translation>SD/sederajat</translation>
    </message>
    <message>
        <source>Junior high school (SMP)</source>
        <translation>SMP/sederajat</translation>
    </message>
    <message>
        <source>Senior high school (SMA/SMK)</source>
        <translation>SMA/SMK/sederajat</translation>
    </message>
    <message>
        <source>Diploma (D1-D3)</source>
        <translation>Diploma (D1-D3)</translation>
    </message>
    <message>
        <source>Bachelor (D4/S1)</source>
        <translation>Sarjana (D4/S1)</translation>
    </message>
    <message>
        <source>Postgraduate (S2/S3)</source>
        <translation>Pascasarjana (S2/S3)</translation>
    </message>
    <message>
        <source>Housewife</source>
        <translation>Ibu rumah tangga</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Tidak bekerja</translation>
    </message>
    <message>
        <source>Day labourer</source>
        <translation>Buruh harian lepas</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <source>Self-employed / own business</source>
        <translation>Wiraswasta / usaha sendiri</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Pelajar/mahasiswa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Not married</source>
        <translation>Belum kawin</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Kawin</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Cerai hidup</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Cerai mati</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>Wife</source>
        <translation>Istri</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>Suami</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Other family member</source>
        <translation>Anggota keluarga lain</translation>
    </message>
    <message>
        <source>DTSEN</source>
        <translation>DTSEN</translation>
    </message>
    <message>
        <source>DTKS</source>
        <translation>DTKS</translation>
    </message>
    <message>
        <source>Regsosek</source>
        <translation>Regsosek</translation>
    </message>
    <message>
        <source>P3KE</source>
        <translation>P3KE</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Tidak terdaftar</translation>
    </message>
    <message>
        <source>PKH</source>
        <translation>PKH</translation>
    </message>
    <message>
        <source>BPNT / Sembako</source>
        <translation>BPNT / Sembako</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Fisik</translation>
    </message>
    <message>
        <source>Sensory (sight, hearing, speech)</source>
        <translation>Sensorik (penglihatan, pendengaran, wicara)</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>Intelektual</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Ganda</translation>
    </message>
    <message>
        <source>Culinary</source>
        <translation>Kuliner</translation>
    </message>
    <message>
        <source>Fashion</source>
        <translation>Fesyen</translation>
    </message>
    <message>
        <source>Handicraft</source>
        <translation>Kerajinan</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Jasa</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Pariwisata</translation>
    </message>
    <message>
        <source>Creative economy</source>
        <translation>Ekonomi kreatif</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Pertanian</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Petugas lapangan</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Kantor pusat</translation>
    </message>
    <message>
        <source>Present (hadir)</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Excused (izin)</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Sick (sakit)</source>
        <translation>Sakit</translation>
    </message>
    <message>
        <source>Absent (alpa)</source>
        <translation>Alpa</translation>
    </message>
    <message>
        <source>Late (terlambat)</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Registration, selection and training in a Kota Tangerang skills-training program, and reporting to the organising government office (UU 27/2022 on personal data).</source>
        <translation>Pendaftaran, seleksi, dan pelatihan dalam program pelatihan keterampilan Kota Tangerang, serta pelaporan kepada instansi pemerintah penyelenggara (UU 27/2022 tentang Pelindungan Data Pribadi).</translation>
    </message>
    <message>
        <source>Women&apos;s group (kelompok wanita)</source>
        <translation>Kelompok wanita</translation>
    </message>
    <message>
        <source>Joint business group (kelompok usaha bersama)</source>
        <translation>Kelompok usaha bersama (KUB)</translation>
    </message>
    <message>
        <source>Farmers&apos; group (kelompok tani)</source>
        <translation>Kelompok tani</translation>
    </message>
    <message>
        <source>Youth organisation (karang taruna)</source>
        <translation>Karang taruna</translation>
    </message>
    <message>
        <source>Family welfare group (PKK)</source>
        <translation>Kelompok PKK</translation>
    </message>
    <message>
        <source>Leader (ketua)</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Secretary (sekretaris)</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>Treasurer (bendahara)</source>
        <translation>Bendahara</translation>
    </message>
    <message>
        <source>Member (anggota)</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>Pemilik bersama</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Pengelola</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Kecil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <source>Under Rp 5 million a month</source>
        <translation>Di bawah Rp 5 juta per bulan</translation>
    </message>
    <message>
        <source>Rp 5-25 million a month</source>
        <translation>Rp 5-25 juta per bulan</translation>
    </message>
    <message>
        <source>Rp 25-100 million a month</source>
        <translation>Rp 25-100 juta per bulan</translation>
    </message>
    <message>
        <source>Over Rp 100 million a month</source>
        <translation>Di atas Rp 100 juta per bulan</translation>
    </message>
    <message>
        <source>PIRT (home food industry permit)</source>
        <translation>PIRT (izin produksi pangan industri rumah tangga)</translation>
    </message>
    <message>
        <source>Halal certificate</source>
        <translation>Sertifikat halal</translation>
    </message>
    <message>
        <source>HAKI (intellectual property)</source>
        <translation>HAKI (hak kekayaan intelektual)</translation>
    </message>
    <message>
        <source>BPOM registration</source>
        <translation>Izin edar BPOM</translation>
    </message>
    <message>
        <source>SNI certificate</source>
        <translation>Sertifikat SNI</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Name the device: --device-name NAME (or give --provisioning FILE).</source>
        <translation>Beri nama perangkat: --device-name NAME (atau berikan --provisioning FILE).</translation>
    </message>
    <message>
        <source>Device &apos;{name}&apos; is set up; supervisor &apos;{user}&apos; can sign in.</source>
        <translation>Perangkat &apos;{name}&apos; telah disiapkan; supervisor &apos;{user}&apos; dapat masuk.</translation>
    </message>
    <message>
        <source>The provisioning file sets this device up as &apos;{name}&apos;; leave out --device-name or give that name.</source>
        <translation>Berkas penyiapan menyiapkan perangkat ini sebagai &apos;{name}&apos;; hapus --device-name atau gunakan nama itu.</translation>
    </message>
    <message>
        <source>Device &apos;{name}&apos; is set up from the provisioning file (central office key {key}); {count} user accounts; supervisor &apos;{user}&apos; can sign in.</source>
        <translation>Perangkat &apos;{name}&apos; telah disiapkan dari berkas penyiapan (kunci kantor pusat {key}); {count} akun pengguna; supervisor &apos;{user}&apos; dapat masuk.</translation>
    </message>
    <message>
        <source>{count} demo participants added.</source>
        <translation>{count} peserta contoh ditambahkan.</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Cadangan data disimpan di {path}</translation>
    </message>
    <message>
        <source>The database file is damaged ({problem}); no backup was made. Restore the latest good backup with &apos;enrollment restore FILE&apos;.</source>
        <translation>Berkas basis data rusak ({problem}); cadangan tidak dibuat. Pulihkan cadangan baik terakhir dengan &apos;enrollment restore BERKAS&apos;.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was already made.</source>
        <translation>Cadangan hari ini sudah dibuat.</translation>
    </message>
    <message>
        <source>Removed by the rotation: {path}</source>
        <translation>Dihapus oleh rotasi: {path}</translation>
    </message>
    <message>
        <source>Restored {file}. The previous database was saved as {saved}.</source>
        <translation>{file} telah dipulihkan. Basis data sebelumnya disimpan sebagai {saved}.</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries checked.</source>
        <translation>Jejak audit utuh: {count} catatan diperiksa.</translation>
    </message>
    <message>
        <source>Audit trail broken at entry {seq}: {reason}</source>
        <translation>Jejak audit rusak pada catatan ke-{seq}: {reason}</translation>
    </message>
    <message>
        <source>{shown} of {total} entries shown.</source>
        <translation>{shown} dari {total} catatan ditampilkan.</translation>
    </message>
    <message>
        <source>No active user on this device.</source>
        <translation>Tidak ada pengguna aktif di perangkat ini.</translation>
    </message>
    <message>
        <source>Warning: the data on this laptop could not be encrypted now ({reason}). It stays usable as before; encrypting is tried again at the next sign-in.</source>
        <translation>Peringatan: data di laptop ini belum dapat dienkripsi sekarang ({reason}). Data tetap dapat dipakai seperti biasa; enkripsi dicoba lagi saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>A password is needed: set ENROLLMENT_PASSWORD or run the command in a terminal.</source>
        <translation>Kata sandi diperlukan: isi ENROLLMENT_PASSWORD atau jalankan perintah ini di terminal.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Kata sandi: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Ulangi kata sandi: </translation>
    </message>
    <message>
        <source>Account &apos;{user}&apos; added.</source>
        <translation>Akun &apos;{user}&apos; ditambahkan.</translation>
    </message>
    <message>
        <source>Account &apos;{user}&apos; disabled.</source>
        <translation>Akun &apos;{user}&apos; dinonaktifkan.</translation>
    </message>
    <message>
        <source>Account &apos;{user}&apos; enabled.</source>
        <translation>Akun &apos;{user}&apos; diaktifkan.</translation>
    </message>
    <message>
        <source>Password of &apos;{user}&apos; reset; they choose a new one at the next sign-in.</source>
        <translation>Kata sandi &apos;{user}&apos; diatur ulang; ia membuat kata sandi baru saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>A new password is needed: set ENROLLMENT_NEW_PASSWORD or run the command in a terminal.</source>
        <translation>Kata sandi baru diperlukan: isi ENROLLMENT_NEW_PASSWORD atau jalankan perintah ini di terminal.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Kata sandi baru: </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Ulangi kata sandi baru: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of the application. Install the newer version; nothing was changed.</source>
        <translation>Basis data ini dibuat oleh versi aplikasi yang lebih baru. Pasang versi yang lebih baru; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Give a central command: init, provision, import, verify, update, recovery-file, candidates, stats, devices or report (see --help).</source>
        <translation>Berikan perintah kantor pusat: init, provision, import, verify, update, recovery-file, candidates, stats, devices atau report (lihat --help).</translation>
    </message>
    <message>
        <source>Central database ready: {url}
Keys: {keys} ({state})
Encryption key id: {key_id}</source>
        <translation>Basis data pusat siap: {url}
Kunci: {keys} ({state})
ID kunci enkripsi: {key_id}</translation>
    </message>
    <message>
        <source>made now; back this folder up</source>
        <translation>baru dibuat; buat cadangan folder ini</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <source>Device &apos;{name}&apos; registered as {device_id}; provisioning file: {file}</source>
        <translation>Perangkat &apos;{name}&apos; didaftarkan sebagai {device_id}; berkas penyiapan: {file}</translation>
    </message>
    <message>
        <source>{accepted} accepted, {already} already imported, {rejected} rejected.</source>
        <translation>{accepted} diterima, {already} sudah pernah diimpor, {rejected} ditolak.</translation>
    </message>
    <message>
        <source>No receipts written: the folder {folder} does not exist.</source>
        <translation>Tanda terima tidak disimpan: folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>Receipt written: {file}</source>
        <translation>Tanda terima disimpan: {file}</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>device {name}, bundle {sequence}</source>
        <translation>perangkat {name}, paket {sequence}</translation>
    </message>
    <message>
        <source>{table}: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{table}: {new} baru, {updated} diperbarui, {unchanged} tidak berubah</translation>
    </message>
    <message>
        <source>conflicts: {conflicts}, possible duplicates: {duplicates}</source>
        <translation>konflik: {conflicts}, kemungkinan data ganda: {duplicates}</translation>
    </message>
    <message>
        <source>--kecamatan chooses candidates: give --candidates-program too.</source>
        <translation>--kecamatan memilih calon peserta: berikan juga --candidates-program.</translation>
    </message>
    <message>
        <source>Update {sequence} for device &apos;{name}&apos; written: {file}</source>
        <translation>Pembaruan {sequence} untuk perangkat &apos;{name}&apos; ditulis: {file}</translation>
    </message>
    <message>
        <source>Recovery file for laptop &apos;{device}&apos; written: {file}
Read this code to the supervisor by phone (never send it with the file): {code}
The file can be used once, until {expires}.</source>
        <translation>Berkas pemulihan untuk laptop &apos;{device}&apos; ditulis: {file}
Bacakan kode ini kepada supervisor lewat telepon (jangan pernah mengirimnya bersama berkasnya): {code}
Berkas ini dapat dipakai satu kali, sampai {expires}.</translation>
    </message>
    <message>
        <source>Report written: {files}</source>
        <translation>Laporan disimpan: {files}</translation>
    </message>
    <message>
        <source>Give a candidates command: import (see --help).</source>
        <translation>Berikan perintah candidates: import (lihat --help).</translation>
    </message>
    <message>
        <source>already on the list</source>
        <translation>sudah ada di daftar</translation>
    </message>
    <message>
        <source>Candidates for {program}: {accepted} added, {duplicates} already on the list, {refused} refused.</source>
        <translation>Calon peserta untuk {program}: {accepted} ditambahkan, {duplicates} sudah ada di daftar, {refused} ditolak.</translation>
    </message>
    <message>
        <source>Data about {name} written to:
  {json}
  {html}</source>
        <translation>Data tentang {name} disimpan di:
  {json}
  {html}</translation>
    </message>
    <message>
        <source>Correction request of {name} recorded.</source>
        <translation>Permintaan perbaikan data dari {name} sudah dicatat.</translation>
    </message>
    <message>
        <source>--since/--until choose a date range; they cannot be combined with --full, --recreate or --list.</source>
        <translation>--since/--until memilih rentang tanggal; keduanya tidak dapat digabung dengan --full, --recreate, atau --list.</translation>
    </message>
    <message>
        <source>Say where to write the bundle: --out DIR.</source>
        <translation>Sebutkan tempat menyimpan paket data: --out DIR.</translation>
    </message>
    <message>
        <source>Bundle {sequence} would hold {records} records.</source>
        <translation>Paket {sequence} akan berisi {records} data.</translation>
    </message>
    <message>
        <source>Nothing to export: no record changed since the last bundle. No file was written.</source>
        <translation>Tidak ada yang perlu diekspor: tidak ada data yang berubah sejak paket terakhir. Tidak ada berkas yang disimpan.</translation>
    </message>
    <message>
        <source>Bundle {sequence} written again to {path}</source>
        <translation>Paket {sequence} disimpan ulang ke {path}</translation>
    </message>
    <message>
        <source>Bundle {sequence} written to {path}</source>
        <translation>Paket {sequence} disimpan ke {path}</translation>
    </message>
    <message>
        <source>Participants per kecamatan:</source>
        <translation>Peserta per kecamatan:</translation>
    </message>
    <message>
        <source>Bundle {sequence}: receipt already loaded.</source>
        <translation>Paket {sequence}: tanda terima sudah pernah dimuat.</translation>
    </message>
    <message>
        <source>Bundle {sequence}: received and merged at the central office ({imported_at}).</source>
        <translation>Paket {sequence}: sudah diterima dan digabungkan di kantor pusat ({imported_at}).</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>belum dikonfirmasi</translation>
    </message>
    <message>
        <source>received and merged at the central office ({date})</source>
        <translation>sudah diterima dan digabungkan di kantor pusat ({date})</translation>
    </message>
    <message>
        <source>No bundle was exported from this device yet.</source>
        <translation>Belum ada paket data yang diekspor dari perangkat ini.</translation>
    </message>
    <message>
        <source>{removable} people&apos;s personal data can be removed now; {unconfirmed} more whose programs ended wait for a central-office receipt.</source>
        <translation>Data pribadi {removable} orang dapat dihapus sekarang; {unconfirmed} orang lain yang programnya sudah berakhir masih menunggu tanda terima dari kantor pusat.</translation>
    </message>
    <message>
        <source>Personal data of {removed} people removed from this laptop; {unconfirmed} more wait for a central-office receipt.</source>
        <translation>Data pribadi {removed} orang sudah dihapus dari laptop ini; {unconfirmed} orang lain masih menunggu tanda terima dari kantor pusat.</translation>
    </message>
    <message>
        <source>The central key {path} cannot be used: {reason}</source>
        <translation>Kunci pusat {path} tidak dapat dipakai: {reason}</translation>
    </message>
    <message>
        <source>Bundle {sequence} from {device} is intact: {records} records, signed and encrypted for this key.</source>
        <translation>Paket {sequence} dari {device} utuh: {records} data, sudah ditandatangani dan dienkripsi untuk kunci ini.</translation>
    </message>
    <message>
        <source>Update {sequence} was already applied; nothing changed.</source>
        <translation>Pembaruan {sequence} sudah pernah diterapkan; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Update {sequence} applied: {inserted} new, {updated} updated, {unchanged} unchanged, {kept} kept (changed here, not exported yet), {skipped} skipped.</source>
        <translation>Pembaruan {sequence} diterapkan: {inserted} baru, {updated} diperbarui, {unchanged} tidak berubah, {kept} dipertahankan (diubah di sini, belum diekspor), {skipped} dilewati.</translation>
    </message>
    <message>
        <source>This device now encrypts its bundles for the central office key {key_id}.</source>
        <translation>Perangkat ini sekarang mengenkripsi paket datanya untuk kunci kantor pusat {key_id}.</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>sudah terdaftar</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Line {line} ({outcome}): {reasons}</source>
        <translation>Baris {line} ({outcome}): {reasons}</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Uji coba: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Accepted: {accepted}, already registered: {duplicates}, refused: {refused}.</source>
        <translation>Diterima: {accepted}, sudah terdaftar: {duplicates}, ditolak: {refused}.</translation>
    </message>
    <message>
        <source>Refused rows were written to {path}; correct them there and import that file.</source>
        <translation>Baris yang ditolak disimpan di {path}; perbaiki di berkas itu, lalu impor berkas tersebut.</translation>
    </message>
    <message>
        <source>Reading stopped after line {line}: more than 1000 empty rows followed, the rest was not read.</source>
        <translation>Pembacaan berhenti setelah baris {line}: sesudahnya ada lebih dari 1000 baris kosong, sisanya tidak dibaca.</translation>
    </message>
    <message>
        <source>{name}: threshold {threshold}%, {completing} of {count} complete (*).</source>
        <translation>{name}: batas kelulusan {threshold}%, {completing} dari {count} orang lulus (*).</translation>
    </message>
    <message>
        <source>Written: {file} ({pages} page(s)).</source>
        <translation>Disimpan: {file} ({pages} halaman).</translation>
    </message>
    <message>
        <source>Name the supervisor whose password is set: --user NAME.</source>
        <translation>Sebutkan supervisor yang kata sandinya diatur: --user NAMA.</translation>
    </message>
    <message>
        <source>New password set for supervisor &apos;{user}&apos; on laptop &apos;{device}&apos;. Sign in with it now, and reset the other users&apos; passwords if they forgot theirs too.</source>
        <translation>Kata sandi baru diatur untuk supervisor &apos;{user}&apos; di laptop &apos;{device}&apos;. Masuklah dengannya sekarang, dan atur ulang kata sandi pengguna lain jika mereka juga lupa.</translation>
    </message>
    <message>
        <source>A recovery code is needed: set ENROLLMENT_RECOVERY_CODE or run the command in a terminal.</source>
        <translation>Kode pemulihan diperlukan: isi ENROLLMENT_RECOVERY_CODE atau jalankan perintah di terminal.</translation>
    </message>
    <message>
        <source>Recovery code (from the central office): </source>
        <translation>Kode pemulihan (dari kantor pusat): </translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Agu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Des</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Attendance sheet - {name} - {date}</source>
        <translation>Daftar hadir - {name} - {date}</translation>
    </message>
    <message>
        <source>ATTENDANCE SHEET</source>
        <translation>DAFTAR HADIR</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Materi</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Note column: {codes} (write the arrival time).</source>
        <translation>Kolom Keterangan: {codes} (tulis jam datang).</translation>
    </message>
    <message>
        <source>Certificates - {name}</source>
        <translation>Sertifikat - {name}</translation>
    </message>
    <message>
        <source>CERTIFICATE</source>
        <translation>SERTIFIKAT</translation>
    </message>
    <message>
        <source>of completion of skills training</source>
        <translation>kelulusan pelatihan keterampilan</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nomor: {number}</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>Sertifikat ini diberikan kepada</translation>
    </message>
    <message>
        <source>who has completed the training</source>
        <translation>yang telah menyelesaikan pelatihan</translation>
    </message>
    <message>
        <source>Skill: {skill} - Class: {name} - Venue: {venue}</source>
        <translation>Keterampilan: {skill} - Kelas: {name} - Tempat: {venue}</translation>
    </message>
    <message>
        <source>held from {first} to {last}</source>
        <translation>dilaksanakan pada {first} s.d. {last}</translation>
    </message>
    <message>
        <source>attending {attended} of {held} sessions</source>
        <translation>dengan kehadiran {attended} dari {held} sesi</translation>
    </message>
    <message>
        <source> ({hours} hours)</source>
        <translation> ({hours} jam)</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Participant cards - {name}</source>
        <translation>Kartu peserta - {name}</translation>
    </message>
    <message>
        <source>Participant cards: {program} - {name} (sheet {page})</source>
        <translation>Kartu peserta: {program} - {name} (lembar {page})</translation>
    </message>
    <message>
        <source>Cut along the marks. The QR code is scanned at the door to mark attendance.</source>
        <translation>Gunting mengikuti tanda potong. Kode QR dipindai di pintu untuk mencatat kehadiran.</translation>
    </message>
    <message>
        <source>PARTICIPANT CARD</source>
        <translation>KARTU PESERTA</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Keterampilan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Holds personal data (UU PDP, Law 27/2022): keep it safe, show it only to those who need it and destroy it when it is no longer needed.</source>
        <translation>Berisi data pribadi (UU PDP, UU 27/2022): simpan dengan aman, tunjukkan hanya kepada yang memerlukan, dan musnahkan jika sudah tidak diperlukan.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Equipment handover receipt - {group} - {date}</source>
        <translation>Tanda terima penyerahan peralatan - {group} - {date}</translation>
    </message>
    <message>
        <source>EQUIPMENT HANDOVER RECEIPT</source>
        <translation>TANDA TERIMA PENYERAHAN PERALATAN</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Nomor seri</translation>
    </message>
    <message>
        <source>Other serial numbers: {numbers}</source>
        <translation>Nomor seri lainnya: {numbers}</translation>
    </message>
    <message>
        <source>The undersigned members received the items above in good condition on behalf of the group, and keep them for the group&apos;s use.</source>
        <translation>Anggota yang bertanda tangan di bawah ini telah menerima barang tersebut di atas dalam keadaan baik atas nama kelompok, dan menyimpannya untuk dipakai kelompok.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Handed over by the officer</source>
        <translation>Petugas yang menyerahkan</translation>
    </message>
</context>
<context>
    <name>eligibility</name>
    <message>
        <source>Rule &apos;{rule}&apos; is not known to this version of the application and was not checked</source>
        <translation>Aturan &apos;{rule}&apos; tidak dikenal oleh versi aplikasi ini dan tidak diperiksa</translation>
    </message>
    <message>
        <source>Age {age} on {date}, within {min}–{max}</source>
        <translation>Usia {age} tahun pada {date}, dalam batas {min}–{max}</translation>
    </message>
    <message>
        <source>Age {age} on {date}, limit {min}–{max}</source>
        <translation>Usia {age} tahun pada {date}, batas {min}–{max}</translation>
    </message>
    <message>
        <source>Age {age} on {date}, at least {min}</source>
        <translation>Usia {age} tahun pada {date}, paling rendah {min}</translation>
    </message>
    <message>
        <source>Age {age} on {date}, minimum {min}</source>
        <translation>Usia {age} tahun pada {date}, batas bawah {min}</translation>
    </message>
    <message>
        <source>Age {age} on {date}, at most {max}</source>
        <translation>Usia {age} tahun pada {date}, paling tinggi {max}</translation>
    </message>
    <message>
        <source>Age {age} on {date}, maximum {max}</source>
        <translation>Usia {age} tahun pada {date}, batas atas {max}</translation>
    </message>
    <message>
        <source>A woman, as the program requires</source>
        <translation>Perempuan, sesuai syarat program</translation>
    </message>
    <message>
        <source>The program is for women only; the person is recorded as male</source>
        <translation>Program hanya untuk perempuan; orang ini tercatat laki-laki</translation>
    </message>
    <message>
        <source>A man, as the program requires</source>
        <translation>Laki-laki, sesuai syarat program</translation>
    </message>
    <message>
        <source>The program is for men only; the person is recorded as female</source>
        <translation>Program hanya untuk laki-laki; orang ini tercatat perempuan</translation>
    </message>
    <message>
        <source>Lives in Kota Tangerang</source>
        <translation>Berdomisili di Kota Tangerang</translation>
    </message>
    <message>
        <source>Lives outside Kota Tangerang; the program is for residents of the city</source>
        <translation>Berdomisili di luar Kota Tangerang; program ini untuk warga kota</translation>
    </message>
    <message>
        <source>No kecamatan of Kota Tangerang is recorded in the address</source>
        <translation>Alamat tidak mencantumkan kecamatan di Kota Tangerang</translation>
    </message>
    <message>
        <source>Registry: {status}</source>
        <translation>Data terpadu: {status}</translation>
    </message>
    <message>
        <source>Registry: {status}; the program requires {allowed}</source>
        <translation>Data terpadu: {status}; program mensyaratkan {allowed}</translation>
    </message>
    <message>
        <source>Desil {desil}, within {min}–{max}</source>
        <translation>Desil {desil}, dalam batas {min}–{max}</translation>
    </message>
    <message>
        <source>Desil {desil}, the program requires {min}–{max}</source>
        <translation>Desil {desil}, program mensyaratkan {min}–{max}</translation>
    </message>
    <message>
        <source>No desil recorded; the program requires desil {min}–{max}</source>
        <translation>Desil belum dicatat; program mensyaratkan desil {min}–{max}</translation>
    </message>
    <message>
        <source>Receives social assistance: {kinds}</source>
        <translation>Menerima bantuan sosial: {kinds}</translation>
    </message>
    <message>
        <source>Receives none of the required social assistance ({kinds})</source>
        <translation>Tidak menerima bantuan sosial yang disyaratkan ({kinds})</translation>
    </message>
    <message>
        <source>Not yet taking part in this program</source>
        <translation>Belum mengikuti program ini</translation>
    </message>
    <message>
        <source>Already has an application in this program that is still open</source>
        <translation>Sudah memiliki pendaftaran di program ini yang masih berjalan</translation>
    </message>
    <message>
        <source>Aged {min}–{max}</source>
        <translation>Usia {min}–{max} tahun</translation>
    </message>
    <message>
        <source>Aged {min} or older</source>
        <translation>Usia {min} tahun ke atas</translation>
    </message>
    <message>
        <source>Aged {max} or younger</source>
        <translation>Usia {max} tahun ke bawah</translation>
    </message>
    <message>
        <source>{ages} on {date}</source>
        <translation>{ages} pada {date}</translation>
    </message>
    <message>
        <source>Women only</source>
        <translation>Khusus perempuan</translation>
    </message>
    <message>
        <source>Men only</source>
        <translation>Khusus laki-laki</translation>
    </message>
    <message>
        <source>Registered in {allowed}</source>
        <translation>Terdaftar di {allowed}</translation>
    </message>
    <message>
        <source>Household in desil {min}–{max}</source>
        <translation>Rumah tangga desil {min}–{max}</translation>
    </message>
    <message>
        <source>Receives social assistance ({kinds})</source>
        <translation>Menerima bantuan sosial ({kinds})</translation>
    </message>
    <message>
        <source>Not already taking part in the program</source>
        <translation>Belum mengikuti program ini</translation>
    </message>
    <message>
        <source>Open to everyone</source>
        <translation>Terbuka untuk semua</translation>
    </message>
</context>
<context>
    <name>facilitation_kind</name>
    <message>
        <source>Training completed</source>
        <translation>Menyelesaikan pelatihan</translation>
    </message>
    <message>
        <source>Competency certification</source>
        <translation>Sertifikasi kompetensi</translation>
    </message>
    <message>
        <source>HAKI (intellectual property) application</source>
        <translation>Permohonan HAKI (kekayaan intelektual)</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Pameran</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promosi</translation>
    </message>
    <message>
        <source>Capital aid</source>
        <translation>Bantuan modal</translation>
    </message>
    <message>
        <source>Equipment handed over</source>
        <translation>Penyerahan peralatan</translation>
    </message>
    <message>
        <source>Gerakan Cinta Produk UMKM Lokal participation</source>
        <translation>Keikutsertaan dalam Gerakan Cinta Produk UMKM Lokal</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Pendampingan</translation>
    </message>
    <message>
        <source>Competent (kompeten)</source>
        <translation>Kompeten</translation>
    </message>
    <message>
        <source>Not yet competent (belum kompeten)</source>
        <translation>Belum kompeten</translation>
    </message>
    <message>
        <source>Trademark (merek)</source>
        <translation>Merek</translation>
    </message>
    <message>
        <source>Copyright (hak cipta)</source>
        <translation>Hak cipta</translation>
    </message>
    <message>
        <source>Industrial design</source>
        <translation>Desain industri</translation>
    </message>
    <message>
        <source>Patent (paten)</source>
        <translation>Paten</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Registered (granted)</source>
        <translation>Terdaftar (disetujui)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nasional</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internasional</translation>
    </message>
    <message>
        <source>Cash grant</source>
        <translation>Hibah uang tunai</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Revolving loan</source>
        <translation>Pinjaman bergulir</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Family card (KK)</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>Status pendataan sosial</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>Bantuan sosial</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>interview</name>
    <message>
        <source>Why do you want to join this training?</source>
        <translation>Mengapa Anda ingin mengikuti pelatihan ini?</translation>
    </message>
    <message>
        <source>Experience in this skill</source>
        <translation>Pengalaman dalam keterampilan ini</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>Some, learned at home or from others</source>
        <translation>Sedikit, belajar di rumah atau dari orang lain</translation>
    </message>
    <message>
        <source>Already works or sells with it</source>
        <translation>Sudah bekerja atau berjualan dengan keterampilan ini</translation>
    </message>
    <message>
        <source>What business would you run after the training?</source>
        <translation>Usaha apa yang akan Anda jalankan setelah pelatihan?</translation>
    </message>
    <message>
        <source>Time available for the training</source>
        <translation>Waktu yang tersedia untuk pelatihan</translation>
    </message>
    <message>
        <source>Can attend every session</source>
        <translation>Dapat hadir di setiap sesi</translation>
    </message>
    <message>
        <source>Can attend most sessions</source>
        <translation>Dapat hadir di sebagian besar sesi</translation>
    </message>
    <message>
        <source>Can attend only some sessions</source>
        <translation>Hanya dapat hadir di beberapa sesi</translation>
    </message>
    <message>
        <source>Family support for taking part (1 = none, 5 = full)</source>
        <translation>Dukungan keluarga untuk ikut serta (1 = tidak ada, 5 = penuh)</translation>
    </message>
    <message>
        <source>What is needed to take part (childcare, transport, equipment, capital)?</source>
        <translation>Apa yang dibutuhkan untuk ikut serta (pengasuhan anak, transportasi, peralatan, modal)?</translation>
    </message>
</context>
<context>
    <name>interview_recommendation</name>
    <message>
        <source>Recommended</source>
        <translation>Direkomendasikan</translation>
    </message>
    <message>
        <source>Consider</source>
        <translation>Dipertimbangkan</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Tidak direkomendasikan</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>The action could not be completed.</source>
        <translation>Proses tidak dapat diselesaikan.</translation>
    </message>
    <message>
        <source>This device is not set up yet. Run the first-run wizard or &apos;enrollment init&apos;.</source>
        <translation>Perangkat ini belum disiapkan. Jalankan panduan penyiapan awal atau &apos;enrollment init&apos;.</translation>
    </message>
    <message>
        <source>This device is already set up.</source>
        <translation>Perangkat ini sudah disiapkan.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Peran Anda tidak diizinkan melakukan ini.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>Data tidak ditemukan.</translation>
    </message>
    <message>
        <source>Some fields need correcting; nothing was saved.</source>
        <translation>Beberapa isian perlu diperbaiki; data belum disimpan.</translation>
    </message>
    <message>
        <source>Please confirm the warnings before saving.</source>
        <translation>Mohon konfirmasi peringatan sebelum menyimpan.</translation>
    </message>
    <message>
        <source>NIK {nik} is already registered for {name}. Their record is opened instead of creating a duplicate.</source>
        <translation>NIK {nik} sudah terdaftar atas nama {name}. Data orang tersebut dibuka agar tidak terdaftar dua kali.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {minutes} minute(s). Try again later, or ask a supervisor to reset the password.</source>
        <translation>Terlalu banyak salah kata sandi: akun ini dikunci selama {minutes} menit. Coba lagi nanti, atau minta supervisor mengatur ulang kata sandi.</translation>
    </message>
    <message>
        <source>Only {name} or a supervisor can unlock this screen.</source>
        <translation>Layar ini hanya dapat dibuka oleh {name} atau supervisor.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>A copy of all data held was exported (JSON and HTML).</source>
        <translation>Salinan seluruh data yang disimpan sudah diekspor (JSON dan HTML).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Tidak dapat menyimpan {path}: {reason}</translation>
    </message>
    <message>
        <source>The central database {where} is not set up yet. Run &apos;enrollment central init&apos; first.</source>
        <translation>Basis data pusat {where} belum disiapkan. Jalankan &apos;enrollment central init&apos; terlebih dahulu.</translation>
    </message>
    <message>
        <source>The central office keys are not in {folder}. Give the key folder with --keys, or run &apos;enrollment central init&apos; to make them.</source>
        <translation>Kunci kantor pusat tidak ada di {folder}. Sebutkan folder kunci dengan --keys, atau jalankan &apos;enrollment central init&apos; untuk membuatnya.</translation>
    </message>
    <message>
        <source>The central database {where} cannot be reached: {error}</source>
        <translation>Basis data pusat {where} tidak dapat dihubungi: {error}</translation>
    </message>
    <message>
        <source>The key folder {folder} holds only one of the two central keys (or another kind of key). Restore the missing key from the backup; no key was replaced.</source>
        <translation>Folder kunci {folder} hanya berisi satu dari dua kunci pusat (atau jenis kunci lain). Pulihkan kunci yang hilang dari cadangan; tidak ada kunci yang diganti.</translation>
    </message>
    <message>
        <source>A device name is needed (1-100 characters).</source>
        <translation>Nama perangkat wajib diisi (1-100 karakter).</translation>
    </message>
    <message>
        <source>The bundle could not be written to {folder}: {reason}. Nothing was saved there.</source>
        <translation>Paket data tidak dapat disimpan ke {folder}: {reason}. Tidak ada yang disimpan di sana.</translation>
    </message>
    <message>
        <source>The drive {folder} is full. Free some space or use another USB stick; no bundle was written.</source>
        <translation>Drive {folder} penuh. Kosongkan sebagian ruang atau pakai flashdisk lain; paket data belum disimpan.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to (read-only or protected). Choose another folder; no bundle was written.</source>
        <translation>Folder {folder} tidak dapat ditulisi (hanya-baca atau dilindungi). Pilih folder lain; paket data belum disimpan.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Plug in the USB stick or choose another folder.</source>
        <translation>Folder {folder} tidak ada. Colokkan flashdisk atau pilih folder lain.</translation>
    </message>
    <message>
        <source>A file named {name} already exists in {folder}; it was left untouched.</source>
        <translation>Berkas bernama {name} sudah ada di {folder}; berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>This device does not know the central office&apos;s signing key, so it cannot check an update. Set the device up with a provisioning file, or import the central office&apos;s public keys (&apos;enrollment keys trust-central FILE&apos;).</source>
        <translation>Perangkat ini belum mengenal kunci tanda tangan kantor pusat, sehingga tidak dapat memeriksa pembaruan. Siapkan perangkat dengan berkas penyiapan, atau impor kunci publik kantor pusat (&apos;enrollment keys trust-central FILE&apos;).</translation>
    </message>
    <message>
        <source>Update cancelled; nothing was changed.</source>
        <translation>Pembaruan dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} is not the central office&apos;s public keys file ({reason}).</source>
        <translation>{path} bukan berkas kunci publik kantor pusat ({reason}).</translation>
    </message>
    <message>
        <source>This device already trusts other central office keys (signing key {current}). Changing them is refused; ask the central office.</source>
        <translation>Perangkat ini sudah memercayai kunci kantor pusat yang lain (kunci tanda tangan {current}). Penggantian kunci ditolak; tanyakan kepada kantor pusat.</translation>
    </message>
    <message>
        <source>This device does not have the central office&apos;s key yet, so it cannot encrypt a bundle. Set the device up with a provisioning file, or import the central office&apos;s public keys (&apos;enrollment keys trust-central FILE&apos;).</source>
        <translation>Perangkat ini belum memiliki kunci kantor pusat, sehingga tidak dapat mengenkripsi paket data. Siapkan perangkat dengan berkas penyiapan, atau impor kunci publik kantor pusat (&apos;enrollment keys trust-central FILE&apos;).</translation>
    </message>
    <message>
        <source>Export cancelled; no bundle was written.</source>
        <translation>Ekspor dibatalkan; paket data belum disimpan.</translation>
    </message>
    <message>
        <source>This device never exported a bundle number {sequence}.</source>
        <translation>Perangkat ini belum pernah mengekspor paket nomor {sequence}.</translation>
    </message>
    <message>
        <source>The date range is empty: the first day ({since}) is after the last day ({until}).</source>
        <translation>Rentang tanggal kosong: hari pertama ({since}) jatuh setelah hari terakhir ({until}).</translation>
    </message>
    <message>
        <source>Another export finished at the same time and took this bundle number; export again.</source>
        <translation>Ekspor lain selesai pada saat yang sama dan memakai nomor paket ini; ekspor ulang.</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is not an active supervisor in the provisioning file; sign in as one of its supervisors ({supervisors}) or choose a new user name.</source>
        <translation>&apos;{username}&apos; bukan supervisor aktif dalam berkas penyiapan; masuk sebagai salah satu supervisornya ({supervisors}) atau pilih nama pengguna baru.</translation>
    </message>
    <message>
        <source>{name} does not meet the conditions of {program}: {reasons}</source>
        <translation>{name} tidak memenuhi syarat {program}: {reasons}</translation>
    </message>
    <message>
        <source>{name} already has an application in {program} that has not ended ({status}); a new one can be made once it has ended.</source>
        <translation>{name} sudah memiliki pendaftaran di {program} yang belum selesai ({status}); pendaftaran baru dapat dibuat setelah selesai.</translation>
    </message>
    <message>
        <source>Only a supervisor can admit a person who does not meet the program&apos;s conditions.</source>
        <translation>Hanya supervisor yang dapat menerima orang yang tidak memenuhi syarat program.</translation>
    </message>
    <message>
        <source>{program} does not take applications now.</source>
        <translation>{program} sedang tidak menerima pendaftaran.</translation>
    </message>
    <message>
        <source>The application is &quot;{current}&quot;; it cannot become &quot;{new}&quot;.</source>
        <translation>Pendaftaran berstatus &quot;{current}&quot;; tidak dapat menjadi &quot;{new}&quot;.</translation>
    </message>
    <message>
        <source>{program} requires a selection interview before a decision; record the interview first.</source>
        <translation>{program} mewajibkan wawancara seleksi sebelum keputusan; catat wawancaranya terlebih dahulu.</translation>
    </message>
    <message>
        <source>All {quota} places for this kecamatan are taken; the application stays on the waitlist (position {position}).</source>
        <translation>Semua {quota} tempat untuk kecamatan ini sudah terisi; pendaftaran tetap di daftar tunggu (urutan {position}).</translation>
    </message>
    <message>
        <source>Accepted, but the kecamatan quota is full: placed on the waitlist.</source>
        <translation>Diterima, tetapi kuota kecamatan sudah penuh: masuk daftar tunggu.</translation>
    </message>
    <message>
        <source>Moved up from the waitlist: a place freed.</source>
        <translation>Naik dari daftar tunggu: ada tempat yang kosong.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there (is the USB stick plugged in?). Today&apos;s backup is kept on this laptop only.</source>
        <translation>Folder cadangan {folder} tidak ada (apakah flashdisk terpasang?). Cadangan hari ini hanya disimpan di laptop ini.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be written to (read-only). Today&apos;s backup is kept on this laptop only.</source>
        <translation>Folder cadangan {folder} tidak dapat ditulisi (hanya-baca). Cadangan hari ini hanya disimpan di laptop ini.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is full. Today&apos;s backup is kept on this laptop only; free some space on the USB stick.</source>
        <translation>Folder cadangan {folder} penuh. Cadangan hari ini hanya disimpan di laptop ini; kosongkan sebagian ruang di flashdisk.</translation>
    </message>
    <message>
        <source>The backup could not be copied to {folder} ({reason}). Today&apos;s backup is kept on this laptop only.</source>
        <translation>Cadangan tidak dapat disalin ke {folder} ({reason}). Cadangan hari ini hanya disimpan di laptop ini.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be written ({reason}). Work can go on; free some disk space and restart the application to try again.</source>
        <translation>Cadangan otomatis hari ini tidak dapat ditulis ({reason}). Pekerjaan dapat dilanjutkan; kosongkan ruang disk dan jalankan ulang aplikasi untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>{name} is no longer on the list of people to visit (already registered or marked); nothing was changed.</source>
        <translation>{name} sudah tidak ada di daftar kunjungan (sudah terdaftar atau sudah ditandai); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>No registered device has the name or id &apos;{device}&apos;. &apos;enrollment central devices&apos; lists them; no update was written.</source>
        <translation>Tidak ada perangkat terdaftar dengan nama atau id &apos;{device}&apos;. &apos;enrollment central devices&apos; menampilkan daftarnya; pembaruan tidak ditulis.</translation>
    </message>
    <message>
        <source>{count} registered devices are called &apos;{device}&apos;. Give the device id instead ({ids}); no update was written.</source>
        <translation>{count} perangkat terdaftar bernama &apos;{device}&apos;. Berikan id perangkat ({ids}); pembaruan tidak ditulis.</translation>
    </message>
    <message>
        <source>Device &apos;{name}&apos; is no longer active here; no update was written.</source>
        <translation>Perangkat &apos;{name}&apos; sudah tidak aktif di sini; pembaruan tidak ditulis.</translation>
    </message>
    <message>
        <source>Device &apos;{name}&apos; has not sent a bundle yet, so its encryption key is not known here. Import one bundle from it first; no update was written.</source>
        <translation>Perangkat &apos;{name}&apos; belum pernah mengirim paket, sehingga kunci enkripsinya belum diketahui di sini. Impor dulu satu paket darinya; pembaruan tidak ditulis.</translation>
    </message>
    <message>
        <source>The central database has no class with the id {ids}; no update was written.</source>
        <translation>Basis data pusat tidak memiliki kelas dengan id {ids}; pembaruan tidak ditulis.</translation>
    </message>
    <message>
        <source>The central database has no program with the code &apos;{code}&apos;; no update was written.</source>
        <translation>Basis data pusat tidak memiliki program dengan kode &apos;{code}&apos;; pembaruan tidak ditulis.</translation>
    </message>
    <message>
        <source>&apos;{kecamatan}&apos; is not a kecamatan of Kota Tangerang (give its name or code, such as Cipondoh or 36.71.05); no update was written.</source>
        <translation>&apos;{kecamatan}&apos; bukan kecamatan di Kota Tangerang (berikan nama atau kodenya, misalnya Cipondoh atau 36.71.05); pembaruan tidak ditulis.</translation>
    </message>
    <message>
        <source>Update cancelled; no file was written.</source>
        <translation>Pembaruan dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Another update for device &apos;{name}&apos; was written at the same time, so this one was removed again. Write the update again.</source>
        <translation>Pembaruan lain untuk perangkat &apos;{name}&apos; ditulis pada saat yang sama, sehingga yang ini dihapus lagi. Tulis ulang pembaruannya.</translation>
    </message>
    <message>
        <source>No heading row found in {name}: the first rows must include one with column names such as NIK, Nama, Jenis Kelamin, Tanggal Lahir.</source>
        <translation>Baris judul kolom tidak ditemukan di {name}: salah satu baris teratas harus berisi nama kolom seperti NIK, Nama, Jenis Kelamin, Tanggal Lahir.</translation>
    </message>
    <message>
        <source>{name} has no column for: {columns}. Rename the headings or choose the columns, then import again.</source>
        <translation>{name} tidak memiliki kolom untuk: {columns}. Ubah judul kolomnya atau pilih kolomnya, lalu impor lagi.</translation>
    </message>
    <message>
        <source>The refused rows cannot be written over {name}, the file being imported. Choose another file for them.</source>
        <translation>Baris yang ditolak tidak dapat disimpan menimpa {name}, yaitu berkas yang sedang diimpor. Pilih berkas lain untuk baris-baris itu.</translation>
    </message>
    <message>
        <source>{name} has a heading row but no rows of people under it.</source>
        <translation>{name} memiliki baris judul kolom, tetapi di bawahnya tidak ada baris data orang.</translation>
    </message>
    <message>
        <source>{name} cannot be imported.</source>
        <translation>{name} tidak dapat diimpor.</translation>
    </message>
    <message>
        <source>{name} is a password-protected (encrypted) workbook or an old Excel 97-2003 file. Open it in Excel, remove the password and save it as .xlsx or CSV.</source>
        <translation>{name} adalah berkas Excel yang dilindungi kata sandi (terenkripsi) atau berkas Excel 97-2003 versi lama. Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}</source>
        <translation>{name} tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read to the end ({reason}). Rows before the damage may have been imported; repair or save the file again and import it again (rows already saved are skipped).</source>
        <translation>{name} rusak dan tidak dapat dibaca sampai selesai ({reason}). Baris sebelum bagian yang rusak mungkin sudah diimpor; perbaiki atau simpan ulang berkasnya, lalu impor lagi (baris yang sudah tersimpan akan dilewati).</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet. Import a CSV file or an Excel workbook (.xlsx).</source>
        <translation>{name} bukan berkas lembar kerja. Impor berkas CSV atau berkas Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{name} is text in an unknown character encoding. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>{name} berisi teks dengan pengodean karakter yang tidak dikenal. Simpan sebagai &quot;CSV UTF-8&quot;, lalu impor lagi.</translation>
    </message>
    <message>
        <source>{name} has no worksheet with rows.</source>
        <translation>{name} tidak memiliki lembar kerja (sheet) yang berisi baris.</translation>
    </message>
    <message>
        <source>{class_name} has {capacity} places and {free} free; {asked} person(s) cannot join.</source>
        <translation>{class_name} memiliki {capacity} tempat dan {free} yang masih kosong; {asked} orang tidak dapat ditempatkan.</translation>
    </message>
    <message>
        <source>{name} is already in {class_name} for this program.</source>
        <translation>{name} sudah ada di {class_name} untuk program ini.</translation>
    </message>
    <message>
        <source>{name} applied to another program or skill than {class_name} teaches.</source>
        <translation>{name} mendaftar ke program atau keterampilan yang berbeda dari yang diajarkan di {class_name}.</translation>
    </message>
    <message>
        <source>The session of {date} has not happened yet; attendance is marked on the day or later.</source>
        <translation>Sesi tanggal {date} belum berlangsung; kehadiran ditandai pada hari itu atau sesudahnya.</translation>
    </message>
    <message>
        <source>{name} is not in this class.</source>
        <translation>{name} tidak terdaftar di kelas ini.</translation>
    </message>
    <message>
        <source>{name} belongs to another class: {other_class}. Nothing was marked.</source>
        <translation>{name} terdaftar di kelas lain: {other_class}. Tidak ada yang ditandai.</translation>
    </message>
    <message>
        <source>This is not a participant card of this device. Search the name instead.</source>
        <translation>Ini bukan kartu peserta dari perangkat ini. Cari namanya saja.</translation>
    </message>
    <message>
        <source>{class_name} still has {count} session(s) to come; completion is recorded after the last session.</source>
        <translation>{class_name} masih memiliki {count} sesi lagi; kelulusan dicatat setelah sesi terakhir.</translation>
    </message>
    <message>
        <source>{name} attended {attended} of {held} sessions ({rate}%), below the program&apos;s {threshold}%; the completion was not recorded.</source>
        <translation>{name} hadir di {attended} dari {held} sesi ({rate}%), di bawah batas program {threshold}%; kelulusan tidak dicatat.</translation>
    </message>
    <message>
        <source>Nobody is in the class on the session&apos;s date: there is no sheet to print.</source>
        <translation>Tidak ada peserta di kelas ini pada tanggal sesi tersebut: tidak ada daftar hadir yang dapat dicetak.</translation>
    </message>
    <message>
        <source>Nobody in the class has completed yet: record the completion first.</source>
        <translation>Belum ada peserta kelas ini yang lulus: catat kelulusannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Nobody is in the class yet: there are no cards to print.</source>
        <translation>Kelas ini belum memiliki peserta: tidak ada kartu yang dapat dicetak.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Dibatalkan; tidak ada berkas yang disimpan.</translation>
    </message>
    <message>
        <source>{name} already has an application in {program} that has not ended.</source>
        <translation>{name} sudah memiliki pendaftaran di {program} yang belum selesai.</translation>
    </message>
    <message>
        <source>Nobody signed for this handover: there is no receipt to print.</source>
        <translation>Belum ada yang menandatangani serah terima ini: tidak ada tanda terima yang dapat dicetak.</translation>
    </message>
    <message>
        <source>This device does not know the central office&apos;s signing key, so it cannot check a receipt. Set the device up with a provisioning file, or import the central office&apos;s public keys.</source>
        <translation>Perangkat ini belum mengenal kunci tanda tangan kantor pusat, sehingga tidak dapat memeriksa tanda terima. Siapkan perangkat dengan berkas penyiapan, atau impor kunci publik kantor pusat.</translation>
    </message>
    <message>
        <source>No personal data can be removed now: {unconfirmed} people whose programs ended still have records no central-office receipt confirms. Export a bundle, import it at the central office and load its receipt first.</source>
        <translation>Belum ada data pribadi yang dapat dihapus: {unconfirmed} orang yang programnya sudah berakhir masih memiliki data yang belum dikonfirmasi oleh tanda terima kantor pusat. Ekspor paket data, impor di kantor pusat, lalu muat tanda terimanya terlebih dahulu.</translation>
    </message>
    <message>
        <source>This file holds personal data (UU PDP, Law 27/2022): keep it safe, share it only with those who need it, and delete it when it is no longer needed.</source>
        <translation>Berkas ini berisi data pribadi (UU PDP, UU 27/2022): simpan dengan aman, bagikan hanya kepada yang memerlukan, dan hapus jika sudah tidak diperlukan.</translation>
    </message>
    <message>
        <source>The file {path} is not a laptop&apos;s key file (enrollment.keys) or it is damaged. Copy enrollment.keys from the laptop&apos;s data folder again; no recovery file was written.</source>
        <translation>Berkas {path} bukan berkas kunci laptop (enrollment.keys) atau rusak. Salin lagi enrollment.keys dari folder data laptop; tidak ada berkas pemulihan yang ditulis.</translation>
    </message>
    <message>
        <source>The key file of laptop &apos;{device}&apos; holds no recovery copy for the central office (the laptop was not set up from a provisioning file). It cannot be recovered this way; no recovery file was written.</source>
        <translation>Berkas kunci laptop &apos;{device}&apos; tidak berisi salinan pemulihan untuk kantor pusat (laptop tidak disiapkan dari berkas penyiapan). Laptop ini tidak dapat dipulihkan dengan cara ini; tidak ada berkas pemulihan yang ditulis.</translation>
    </message>
    <message>
        <source>The key file of laptop &apos;{device}&apos; was sealed for another central office key ({found}), not this office&apos;s key ({expected}). Use the key folder the laptop was provisioned with; no recovery file was written.</source>
        <translation>Berkas kunci laptop &apos;{device}&apos; disegel untuk kunci kantor pusat lain ({found}), bukan kunci kantor ini ({expected}). Gunakan folder kunci yang dipakai saat laptop disiapkan; tidak ada berkas pemulihan yang ditulis.</translation>
    </message>
    <message>
        <source>Laptop &apos;{device}&apos; ({device_id}) is not registered at this central office, or was retired. No recovery file was written.</source>
        <translation>Laptop &apos;{device}&apos; ({device_id}) tidak terdaftar di kantor pusat ini, atau sudah dipensiunkan. Tidak ada berkas pemulihan yang ditulis.</translation>
    </message>
    <message>
        <source>This laptop&apos;s database is not encrypted yet, so there is nothing to recover with a recovery file. Nothing was changed.</source>
        <translation>Basis data laptop ini belum dienkripsi, jadi tidak ada yang perlu dipulihkan dengan berkas pemulihan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This laptop was not set up from a provisioning file, so it does not know the central office&apos;s key and cannot check a recovery file. Nothing was changed.</source>
        <translation>Laptop ini tidak disiapkan dari berkas penyiapan, sehingga tidak mengenal kunci kantor pusat dan tidak dapat memeriksa berkas pemulihan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This recovery file is for another laptop (&apos;{device}&apos;), not this one (&apos;{this_device}&apos;). Nothing was changed.</source>
        <translation>Berkas pemulihan ini untuk laptop lain (&apos;{device}&apos;), bukan laptop ini (&apos;{this_device}&apos;). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This recovery file expired on {expires}. Ask the central office for a new one. Nothing was changed.</source>
        <translation>Berkas pemulihan ini kedaluwarsa pada {expires}. Mintalah yang baru ke kantor pusat. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This recovery file was made from another key file than the one on this laptop now (was the laptop set up again?). Ask the central office for a new file made from this laptop&apos;s enrollment.keys. Nothing was changed.</source>
        <translation>Berkas pemulihan ini dibuat dari berkas kunci yang lain daripada yang ada di laptop ini sekarang (apakah laptop disiapkan ulang?). Mintalah berkas baru ke kantor pusat yang dibuat dari enrollment.keys laptop ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The recovery code is wrong. Check it with the central office (letters and digits, without 0, O, 1 or I). Nothing was changed.</source>
        <translation>Kode pemulihan salah. Periksa bersama kantor pusat (huruf dan angka, tanpa 0, O, 1 atau I). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is not an active supervisor on this laptop. Only a supervisor&apos;s password can be set with a recovery file. Nothing was changed.</source>
        <translation>&apos;{username}&apos; bukan supervisor aktif di laptop ini. Hanya kata sandi supervisor yang dapat diatur dengan berkas pemulihan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This recovery file was already used on {used_at}. Ask the central office for a new one. Nothing was changed.</source>
        <translation>Berkas pemulihan ini sudah dipakai pada {used_at}. Mintalah yang baru ke kantor pusat. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>The database could not be written.</source>
        <translation>Data tidak dapat disimpan ke basis data.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was saved.</source>
        <translation>Penyimpanan (disk) penuh. Kosongkan sebagian ruang, lalu coba lagi; data belum disimpan.</translation>
    </message>
    <message>
        <source>The database is in use by another program or window. Close it and try again; nothing was saved.</source>
        <translation>Basis data sedang dipakai oleh program atau jendela lain. Tutup program atau jendela itu, lalu coba lagi; data belum disimpan.</translation>
    </message>
    <message>
        <source>The database folder cannot be written to (read-only). Nothing was saved.</source>
        <translation>Folder basis data tidak dapat ditulisi (hanya-baca). Data belum disimpan.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the latest backup.</source>
        <translation>Berkas basis data rusak. Pulihkan dari cadangan terakhir.</translation>
    </message>
    <message>
        <source>The database is encrypted: sign in with your password to open it.</source>
        <translation>Basis data dienkripsi: masuk dengan kata sandi Anda untuk membukanya.</translation>
    </message>
    <message>
        <source>The key file beside the database does not belong to this database (copied from another laptop, or damaged). Nothing was changed; ask the central office for a recovery file.</source>
        <translation>Berkas kunci di samping basis data bukan milik basis data ini (disalin dari laptop lain, atau rusak). Tidak ada yang diubah; mintalah berkas pemulihan ke kantor pusat.</translation>
    </message>
    <message>
        <source>This file is not a usable backup of this application (damaged or of another program). Nothing was changed.</source>
        <translation>Berkas ini bukan cadangan yang dapat dipakai aplikasi ini (rusak atau dari program lain). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The encrypted copy of the database did not hold the same records as the original, so the original was kept unchanged. Please report this.</source>
        <translation>Salinan basis data yang dienkripsi tidak berisi data yang sama dengan aslinya, sehingga yang asli dibiarkan tidak berubah. Mohon laporkan hal ini.</translation>
    </message>
    <message>
        <source>The key file beside the database (enrollment.keys) is missing or damaged, so the encrypted database cannot be opened. Nothing was changed. Copy enrollment.keys back from the backups folder or from this laptop&apos;s backup folder on the USB stick (a copy is kept with every backup).</source>
        <translation>Berkas kunci di samping basis data (enrollment.keys) hilang atau rusak, sehingga basis data yang dienkripsi tidak dapat dibuka. Tidak ada yang diubah. Salin kembali enrollment.keys dari folder backups atau dari folder cadangan laptop ini di flashdisk (salinannya disimpan bersama setiap cadangan).</translation>
    </message>
</context>
<context>
    <name>subject_report</name>
    <message>
        <source>Personal data held about {name}</source>
        <translation>Data pribadi {name} yang tersimpan</translation>
    </message>
    <message>
        <source>Exported on {when} by {user} on device {device}, at the person&apos;s request under Law 27/2022 on personal data protection (UU PDP).</source>
        <translation>Diekspor pada {when} oleh {user} di perangkat {device}, atas permintaan yang bersangkutan berdasarkan UU 27/2022 tentang Pelindungan Data Pribadi (UU PDP).</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>History of changes (audit trail)</source>
        <translation>Riwayat perubahan (jejak audit)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Family card number (KK)</source>
        <translation>Nomor Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Alamat jalan</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Lives outside Kota Tangerang</source>
        <translation>Tinggal di luar Kota Tangerang</translation>
    </message>
    <message>
        <source>Region outside the city</source>
        <translation>Wilayah di luar Kota Tangerang</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan terakhir</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Role in the household</source>
        <translation>Hubungan dalam keluarga</translation>
    </message>
    <message>
        <source>Social registry</source>
        <translation>Status pendataan sosial</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Social assistance received</source>
        <translation>Bantuan sosial yang diterima</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Purpose of the consent</source>
        <translation>Tujuan persetujuan</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Tanggal dicatat</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>Tanggal dihapus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Bidang usaha</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala usaha</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Alasan status</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Tanggal mendaftar</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tanggal pelaksanaan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Tanggal bergabung</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Tanggal keluar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Tanggal pertemuan</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Materi</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Jam datang</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Tanggal diserahkan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Isi permintaan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Tanggapan</translation>
    </message>
    <message>
        <source>Handled on</source>
        <translation>Tanggal ditangani</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Wrong passwords in a row</source>
        <translation>Salah kata sandi berturut-turut</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Terkunci sampai</translation>
    </message>
    <message>
        <source>Must choose a new password</source>
        <translation>Wajib membuat kata sandi baru</translation>
    </message>
    <message>
        <source>Password (never shown)</source>
        <translation>Kata sandi (tidak pernah ditampilkan)</translation>
    </message>
    <message>
        <source>Confirmed warnings</source>
        <translation>Peringatan yang dikonfirmasi</translation>
    </message>
    <message>
        <source>Name for searching</source>
        <translation>Nama untuk pencarian</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>Persetujuan dicatat oleh</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Ditangani oleh</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Source list</source>
        <translation>Daftar asal</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Dikunjungi pada</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Group memberships</source>
        <translation>Keanggotaan kelompok</translation>
    </message>
    <message>
        <source>Applications to programs</source>
        <translation>Pendaftaran ke program</translation>
    </message>
    <message>
        <source>Selection interviews</source>
        <translation>Wawancara seleksi</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Places in classes</source>
        <translation>Keikutsertaan di kelas</translation>
    </message>
    <message>
        <source>Aid and starter kits received</source>
        <translation>Bantuan dan paket alat usaha (starter kit) yang diterima</translation>
    </message>
    <message>
        <source>Facilitation received (person or business)</source>
        <translation>Fasilitasi yang diterima (perorangan atau usaha)</translation>
    </message>
    <message>
        <source>Requests about this data (UU PDP)</source>
        <translation>Permintaan terkait data ini (UU PDP)</translation>
    </message>
    <message>
        <source>Registry lists to visit and register from</source>
        <translation>Daftar data terpadu untuk dikunjungi dan didaftarkan</translation>
    </message>
    <message>
        <source>Earlier records with the same NIK</source>
        <translation>Data sebelumnya dengan NIK yang sama</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>sudah pernah diimpor</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>terverifikasi</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>Bundles are missing from this device: {numbers}. Ask the device to send them (they can be re-created on the device).</source>
        <translation>Ada paket data dari perangkat ini yang belum diterima: {numbers}. Minta perangkat itu mengirimkannya (paket dapat dibuat ulang di perangkat tersebut).</translation>
    </message>
    <message>
        <source>This bundle is a re-created copy: the device&apos;s next bundle was chained to an earlier copy of it.</source>
        <translation>Paket data ini adalah salinan yang dibuat ulang: paket berikutnya dari perangkat ini tersambung ke salinan sebelumnya.</translation>
    </message>
    <message>
        <source>Already imported (import number {import_id}); nothing was changed.</source>
        <translation>Sudah pernah diimpor (nomor impor {import_id}); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Berkas tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>The central database refused the bundle ({error}); nothing was changed.</source>
        <translation>Basis data pusat menolak paket data ini ({error}); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The bundle comes from a device this central office never provisioned ({device_id}{name}); register and provision the device first.</source>
        <translation>Paket data ini berasal dari perangkat yang belum pernah didaftarkan oleh kantor pusat ({device_id}{name}); daftarkan dan siapkan perangkat tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <source>The bundle file {path} cannot be read: {reason}.</source>
        <translation>Berkas paket data {path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <source>The bundle file is incomplete (truncated). Copy it again from the device.</source>
        <translation>Berkas paket data tidak lengkap (terpotong). Salin ulang dari perangkat asalnya.</translation>
    </message>
    <message>
        <source>The bundle file is damaged: its ZIP structure cannot be read.</source>
        <translation>Berkas paket data rusak: struktur ZIP-nya tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>This file is not an enrollment bundle ({detail}).</source>
        <translation>Berkas ini bukan paket data pendaftaran ({detail}).</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of the application (format version {found}; this version reads up to {supported}). Update the application first.</source>
        <translation>Paket data ini dibuat oleh versi aplikasi yang lebih baru (versi format {found}; versi ini hanya dapat membaca sampai {supported}). Perbarui aplikasi terlebih dahulu.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its manifest: the manifest was changed or damaged after it was signed.</source>
        <translation>Tanda tangan paket data tidak cocok dengan manifesnya: manifes diubah atau rusak setelah ditandatangani.</translation>
    </message>
    <message>
        <source>This bundle is a {found} bundle; a {expected} bundle was expected here.</source>
        <translation>Paket data ini berjenis {found}; di sini yang diharapkan paket data berjenis {expected}.</translation>
    </message>
    <message>
        <source>The bundle comes from an unknown device ({device_id}).</source>
        <translation>Paket data ini berasal dari perangkat yang tidak dikenal ({device_id}).</translation>
    </message>
    <message>
        <source>The bundle says it comes from device {device_id} but is signed with another key than that device&apos;s (key {found}, expected {expected}).</source>
        <translation>Paket data ini mengaku berasal dari perangkat {device_id}, tetapi ditandatangani dengan kunci yang bukan milik perangkat itu (kunci {found}, seharusnya {expected}).</translation>
    </message>
    <message>
        <source>The update is not signed by the central office key this device was provisioned with (key {found}).</source>
        <translation>Pembaruan ini tidak ditandatangani dengan kunci kantor pusat yang dipakai saat menyiapkan perangkat ini (kunci {found}).</translation>
    </message>
    <message>
        <source>The update is meant for another device ({found}).</source>
        <translation>Pembaruan ini ditujukan untuk perangkat lain ({found}).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is incomplete or malformed ({detail}).</source>
        <translation>Manifes paket data tidak lengkap atau formatnya salah ({detail}).</translation>
    </message>
    <message>
        <source>The bundle&apos;s data does not match its manifest: it was damaged or swapped in from another bundle.</source>
        <translation>Isi paket data tidak cocok dengan manifesnya: isinya rusak atau tertukar dengan paket data lain.</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another key ({found}); the key used here is {expected}.</source>
        <translation>Paket data ini dienkripsi untuk kunci lain ({found}); kunci yang dipakai di sini adalah {expected}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s data failed its integrity check while being decrypted: it is damaged or not encrypted for this key.</source>
        <translation>Isi paket data gagal dalam pemeriksaan keutuhan saat didekripsi: isinya rusak atau tidak dienkripsi untuk kunci ini.</translation>
    </message>
    <message>
        <source>Record {line} in the bundle is malformed ({detail}).</source>
        <translation>Data ke-{line} dalam paket data formatnya salah ({detail}).</translation>
    </message>
    <message>
        <source>The bundle holds {found} records but its manifest lists {expected}.</source>
        <translation>Paket data ini berisi {found} data, tetapi manifesnya mencantumkan {expected}.</translation>
    </message>
    <message>
        <source>The provisioning file {path} cannot be read: {reason}.</source>
        <translation>Berkas penyiapan {path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <source>This file is not a provisioning file from the central office ({detail}).</source>
        <translation>Berkas ini bukan berkas penyiapan dari kantor pusat ({detail}).</translation>
    </message>
    <message>
        <source>The provisioning file was made by a newer version of the application (format version {found}; this version reads up to {supported}). Update the application first.</source>
        <translation>Berkas penyiapan ini dibuat oleh versi aplikasi yang lebih baru (versi format {found}; versi ini hanya dapat membaca sampai {supported}). Perbarui aplikasi terlebih dahulu.</translation>
    </message>
    <message>
        <source>The provisioning file&apos;s signature does not match its contents: it was changed or damaged after the central office made it.</source>
        <translation>Tanda tangan berkas penyiapan tidak cocok dengan isinya: berkas diubah atau rusak setelah dibuat oleh kantor pusat.</translation>
    </message>
    <message>
        <source>The provisioning file is incomplete or malformed ({detail}).</source>
        <translation>Berkas penyiapan tidak lengkap atau formatnya salah ({detail}).</translation>
    </message>
    <message>
        <source>The receipt {path} cannot be read ({reason}).</source>
        <translation>Tanda terima {path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>This file is not an import receipt from the central office ({detail}).</source>
        <translation>Berkas ini bukan tanda terima impor dari kantor pusat ({detail}).</translation>
    </message>
    <message>
        <source>The receipt was made by a newer version of the application (format version {found}; this version reads up to {supported}). Update the application first.</source>
        <translation>Tanda terima ini dibuat oleh versi aplikasi yang lebih baru (versi format {found}; versi ini hanya dapat membaca sampai {supported}). Perbarui aplikasi terlebih dahulu.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature does not match its contents: it was changed or damaged after the central office made it. Nothing was stored.</source>
        <translation>Tanda tangan pada tanda terima tidak cocok dengan isinya: tanda terima diubah atau rusak setelah dibuat oleh kantor pusat. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The receipt was signed by another central office key ({found}), not the one this device trusts ({expected}). Nothing was stored.</source>
        <translation>Tanda terima ini ditandatangani dengan kunci kantor pusat yang lain ({found}), bukan kunci yang dipercayai perangkat ini ({expected}). Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The receipt is incomplete or malformed ({detail}). Nothing was stored.</source>
        <translation>Tanda terima tidak lengkap atau formatnya salah ({detail}). Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The receipt is for another device ({device}), not this one. Nothing was stored.</source>
        <translation>Tanda terima ini untuk perangkat lain ({device}), bukan perangkat ini. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The receipt is for bundle {sequence} ({bundle_id}), which this device never exported. Nothing was stored.</source>
        <translation>Tanda terima ini untuk paket {sequence} ({bundle_id}), yang tidak pernah diekspor oleh perangkat ini. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The central office has not imported bundle {bundle_id}, so there is no receipt for it.</source>
        <translation>Kantor pusat belum mengimpor paket {bundle_id}, sehingga belum ada tanda terima untuk paket itu.</translation>
    </message>
    <message>
        <source>The recovery file {path} cannot be read ({reason}).</source>
        <translation>Berkas pemulihan {path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>This file is not a recovery file from the central office ({detail}). Nothing was changed.</source>
        <translation>Berkas ini bukan berkas pemulihan dari kantor pusat ({detail}). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The recovery file was made by a newer version of the application (format version {found}; this version reads up to {supported}). Update the application first.</source>
        <translation>Berkas pemulihan dibuat oleh versi aplikasi yang lebih baru (versi format {found}; versi ini membaca sampai {supported}). Perbarui aplikasi terlebih dahulu.</translation>
    </message>
    <message>
        <source>The recovery file&apos;s signature does not match its contents: it was changed or damaged after the central office made it. Nothing was changed; ask the central office for a new file.</source>
        <translation>Tanda tangan berkas pemulihan tidak cocok dengan isinya: berkas diubah atau rusak setelah dibuat kantor pusat. Tidak ada yang diubah; mintalah berkas baru ke kantor pusat.</translation>
    </message>
    <message>
        <source>The recovery file was signed by another central office key ({found}), not the one this laptop trusts ({expected}). Nothing was changed.</source>
        <translation>Berkas pemulihan ditandatangani dengan kunci kantor pusat lain ({found}), bukan kunci yang dipercaya laptop ini ({expected}). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The recovery file is incomplete or malformed ({detail}). Nothing was changed.</source>
        <translation>Berkas pemulihan tidak lengkap atau formatnya salah ({detail}). Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>target_unit</name>
    <message>
        <source>persons</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>business units</source>
        <translation>unit usaha</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>kelompok</translation>
    </message>
    <message>
        <source>events</source>
        <translation>kegiatan</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Type the {label} number (for example 003).</source>
        <translation>Ketik nomor {label} (contoh: 003).</translation>
    </message>
    <message>
        <source>{label} may contain only digits (for example 003); the character {char} is not allowed.</source>
        <translation>{label} hanya boleh berisi angka (contoh: 003); karakter {char} tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>{label} 000 does not exist; type the number, for example 001.</source>
        <translation>{label} 000 tidak ada; ketik nomornya, contoh: 001.</translation>
    </message>
    <message>
        <source>{label} has at most 3 digits; you typed {count}.</source>
        <translation>{label} paling banyak 3 digit; Anda mengetik {count}.</translation>
    </message>
    <message>
        <source>Type the birth date (day, month and year).</source>
        <translation>Ketik tanggal lahir (tanggal, bulan, dan tahun).</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future; check the year.</source>
        <translation>Tanggal lahir {date} belum terjadi (di masa depan); periksa tahunnya.</translation>
    </message>
    <message>
        <source>The birth date {date} is more than {limit} years ago; check the year.</source>
        <translation>Tanggal lahir {date} lebih dari {limit} tahun yang lalu; periksa tahunnya.</translation>
    </message>
    <message>
        <source>With the birth date {date} the person is {age} years old; participants must be at least {limit}. Check the year.</source>
        <translation>Dengan tanggal lahir {date}, umur orang ini {age} tahun; umur peserta minimal {limit} tahun. Periksa tahunnya.</translation>
    </message>
    <message>
        <source>This {label} was stored as a number in a spreadsheet and shown in scientific notation ({value}), so digits were lost. Type the {length} digits from the card instead.</source>
        <translation>{label} ini pernah disimpan sebagai angka di lembar kerja (Excel) dan tampil dalam format ilmiah ({value}), sehingga ada angka yang hilang. Ketik ulang {length} digit dari kartunya.</translation>
    </message>
    <message>
        <source>This {label} ({value}) went through a spreadsheet number cell, so digits may have been lost. Type the {length} digits from the card instead.</source>
        <translation>{label} ini ({value}) pernah melewati sel angka di lembar kerja (Excel), sehingga mungkin ada angka yang hilang. Ketik ulang {length} digit dari kartunya.</translation>
    </message>
    <message>
        <source>{label} may contain only digits; the character {char} is not allowed.</source>
        <translation>{label} hanya boleh berisi angka; karakter {char} tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>{label} must have exactly {length} digits; you typed {count}.</source>
        <translation>{label} harus tepat {length} digit; Anda mengetik {count}.</translation>
    </message>
    <message>
        <source>The family card number starts with the region code {prefix}, which is not in today&apos;s list of kecamatan. Codes are sometimes renumbered, so it can be right: check the card and confirm.</source>
        <translation>Nomor KK diawali kode wilayah {prefix}, yang tidak ada dalam daftar kecamatan saat ini. Kode wilayah kadang diubah, jadi nomor ini bisa saja benar: periksa kartunya, lalu konfirmasi.</translation>
    </message>
    <message>
        <source>Type the family card number (KK): 16 digits on the Kartu Keluarga.</source>
        <translation>Ketik nomor Kartu Keluarga (KK): 16 digit yang tertera di Kartu Keluarga.</translation>
    </message>
    <message>
        <source>Type the name as it is written on the ID card (KTP).</source>
        <translation>Ketik nama sesuai yang tertulis di KTP.</translation>
    </message>
    <message>
        <source>A name cannot contain digits; remove {char}.</source>
        <translation>Nama tidak boleh berisi angka; hapus {char}.</translation>
    </message>
    <message>
        <source>A name may contain only letters, spaces, dots, commas, apostrophes (&apos;) and hyphens (-); the character {char} is not allowed.</source>
        <translation>Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof (&apos;) dan tanda hubung (-); karakter {char} tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>Nama harus berisi huruf.</translation>
    </message>
    <message>
        <source>Use letters, digits and punctuation only; the character {char} is not allowed.</source>
        <translation>Gunakan hanya huruf, angka, dan tanda baca; karakter {char} tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Isian ini wajib diisi.</translation>
    </message>
    <message>
        <source>This is too long: {length} characters; the limit is {limit}.</source>
        <translation>Isian ini terlalu panjang: {length} karakter; batasnya {limit} karakter.</translation>
    </message>
    <message>
        <source>Digits 7-8 of a NIK are the day of birth: 01-31 for a man, 41-71 for a woman (day + 40). This NIK has {day}; check the number on the card.</source>
        <translation>Digit ke-7 dan ke-8 NIK adalah tanggal lahir: 01-31 untuk laki-laki, 41-71 untuk perempuan (tanggal + 40). NIK ini berisi {day}; periksa nomor pada kartu.</translation>
    </message>
    <message>
        <source>Digits 9-10 of a NIK are the month of birth (01-12). This NIK has {month}; check the number on the card.</source>
        <translation>Digit ke-9 dan ke-10 NIK adalah bulan lahir (01-12). NIK ini berisi {month}; periksa nomor pada kartu.</translation>
    </message>
    <message>
        <source>The NIK holds the birth date {date}, which does not exist; check the number on the card.</source>
        <translation>NIK ini memuat tanggal lahir {date}, padahal tanggal itu tidak ada; periksa nomor pada kartu.</translation>
    </message>
    <message>
        <source>The last four digits of a NIK (the serial number) cannot be 0000; check the number on the card.</source>
        <translation>Empat digit terakhir NIK (nomor urut) tidak boleh 0000; periksa nomor pada kartu.</translation>
    </message>
    <message>
        <source>Type the NIK: the 16-digit number on the KTP or family card.</source>
        <translation>Ketik NIK: nomor 16 digit pada KTP atau Kartu Keluarga.</translation>
    </message>
    <message>
        <source>The NIK starts with the region code {prefix}, which is not in today&apos;s list of kecamatan. Regions are sometimes split and renumbered, so it can be right: check the card and confirm.</source>
        <translation>NIK diawali kode wilayah {prefix}, yang tidak ada dalam daftar kecamatan saat ini. Wilayah kadang dimekarkan dan kodenya diubah, jadi nomor ini bisa saja benar: periksa kartunya, lalu konfirmasi.</translation>
    </message>
    <message>
        <source>The NIK holds the birth date {nik_date}, but the birth date typed is {stated_date}. Check both on the card; a NIK never changes, so if both are right, confirm.</source>
        <translation>NIK memuat tanggal lahir {nik_date}, tetapi tanggal lahir yang diketik {stated_date}. Periksa keduanya pada kartu; NIK tidak pernah berubah, jadi jika keduanya benar, konfirmasi.</translation>
    </message>
    <message>
        <source>The NIK is a woman&apos;s number (day of birth + 40), but Sex is Male. Check the card; if both are right, confirm.</source>
        <translation>NIK ini adalah nomor perempuan (tanggal lahir + 40), tetapi Jenis kelamin diisi Laki-laki. Periksa kartunya; jika keduanya benar, konfirmasi.</translation>
    </message>
    <message>
        <source>The NIK is a man&apos;s number (day of birth below 40), but Sex is Female. Check the card; if both are right, confirm.</source>
        <translation>NIK ini adalah nomor laki-laki (tanggal lahir di bawah 40), tetapi Jenis kelamin diisi Perempuan. Periksa kartunya; jika keduanya benar, konfirmasi.</translation>
    </message>
    <message>
        <source>A NIB belongs to a business: type the business name too.</source>
        <translation>NIB adalah nomor usaha: ketik juga nama usahanya.</translation>
    </message>
    <message>
        <source>A business sector needs a business: type the business name too.</source>
        <translation>Bidang usaha hanya diisi jika ada usaha: ketik juga nama usahanya.</translation>
    </message>
    <message>
        <source>Record the person&apos;s consent first: nothing may be saved without it (UU 27/2022 on personal data protection).</source>
        <translation>Catat dulu persetujuan yang bersangkutan: tidak ada data yang boleh disimpan tanpa persetujuan (UU 27/2022 tentang Pelindungan Data Pribadi).</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Pilih salah satu pilihan.</translation>
    </message>
    <message>
        <source>{value} is not one of the options; choose one from the list.</source>
        <translation>{value} tidak ada dalam pilihan; pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>Desil is a number from 1 (poorest) to 10; {value} is not.</source>
        <translation>Desil adalah angka 1 (paling miskin) sampai 10; {value} tidak termasuk.</translation>
    </message>
    <message>
        <source>A desil comes from a social registry, but the person is marked as not registered. Choose the registry or leave the desil empty.</source>
        <translation>Desil berasal dari pendataan sosial, tetapi orang ini ditandai Tidak terdaftar. Pilih pendataan tempat ia terdaftar, atau kosongkan desil.</translation>
    </message>
    <message>
        <source>Unknown assistance program: {codes}. Choose from the list.</source>
        <translation>Program bantuan tidak dikenal: {codes}. Pilih dari daftar.</translation>
    </message>
    <message>
        <source>This phone number was stored as a number in a spreadsheet and shown in scientific notation ({value}), so digits were lost. Type it again.</source>
        <translation>Nomor HP ini pernah disimpan sebagai angka di lembar kerja (Excel) dan tampil dalam format ilmiah ({value}), sehingga ada angka yang hilang. Ketik ulang nomornya.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes, dots, parentheses and a leading +; the character {char} is not allowed.</source>
        <translation>Nomor HP hanya boleh berisi angka, spasi, tanda hubung, titik, tanda kurung, dan tanda + di awal; karakter {char} tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>Only Indonesian mobile numbers (+62) can be recorded; {phone} has another country code.</source>
        <translation>Hanya nomor HP Indonesia (+62) yang dapat dicatat; {phone} memakai kode negara lain.</translation>
    </message>
    <message>
        <source>{phone} is not a mobile number: mobile numbers start with 08 (or +62 8). Landline numbers cannot be recorded here.</source>
        <translation>{phone} bukan nomor HP: nomor HP diawali 08 (atau +62 8). Nomor telepon rumah atau kantor tidak dapat dicatat di sini.</translation>
    </message>
    <message>
        <source>A mobile number has {min} to {max} digits starting with 08; {phone} has {count}.</source>
        <translation>Nomor HP terdiri dari {min} sampai {max} digit dan diawali 08; {phone} berisi {count} digit.</translation>
    </message>
    <message>
        <source>Type a mobile number (starting with 08).</source>
        <translation>Ketik nomor HP (diawali 08).</translation>
    </message>
    <message>
        <source>The person lives outside Kota Tangerang, so kecamatan and kelurahan of Kota Tangerang must stay empty. Write the region under Region outside the city.</source>
        <translation>Orang ini tinggal di luar Kota Tangerang, jadi kecamatan dan kelurahan Kota Tangerang harus dikosongkan. Tulis wilayahnya pada isian Wilayah di luar Kota Tangerang.</translation>
    </message>
    <message>
        <source>Write where the person lives (kelurahan/desa, kecamatan, city or regency) when the address is outside Kota Tangerang.</source>
        <translation>Jika alamatnya di luar Kota Tangerang, tulis tempat tinggalnya (kelurahan/desa, kecamatan, kota atau kabupaten).</translation>
    </message>
    <message>
        <source>Choose the kecamatan, or mark the address as outside Kota Tangerang.</source>
        <translation>Pilih kecamatan, atau centang Tinggal di luar Kota Tangerang.</translation>
    </message>
    <message>
        <source>{code} is not a kecamatan of Kota Tangerang; choose one from the list.</source>
        <translation>{code} bukan kecamatan di Kota Tangerang; pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>Choose the kelurahan.</source>
        <translation>Pilih kelurahan.</translation>
    </message>
    <message>
        <source>{code} is not a kelurahan of Kota Tangerang; choose one from the list.</source>
        <translation>{code} bukan kelurahan di Kota Tangerang; pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>Kelurahan {kelurahan} is in kecamatan {actual}, not in kecamatan {kecamatan}. Choose the kelurahan again or correct the kecamatan.</source>
        <translation>Kelurahan {kelurahan} ada di Kecamatan {actual}, bukan di Kecamatan {kecamatan}. Pilih ulang kelurahan atau perbaiki kecamatan.</translation>
    </message>
    <message>
        <source>User name: 2-30 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Nama pengguna: 2-30 huruf kecil, angka, &apos;.&apos;, &apos;_&apos; atau &apos;-&apos;, diawali huruf atau angka.</translation>
    </message>
    <message>
        <source>Password needs at least {minimum} characters.</source>
        <translation>Kata sandi minimal {minimum} karakter.</translation>
    </message>
    <message>
        <source>Password is too easy to guess; do not use your user name or one repeated character.</source>
        <translation>Kata sandi terlalu mudah ditebak; jangan memakai nama pengguna Anda atau satu karakter yang diulang-ulang.</translation>
    </message>
    <message>
        <source>Choose a new password, not the current one.</source>
        <translation>Pilih kata sandi baru, jangan kata sandi yang sekarang.</translation>
    </message>
    <message>
        <source>Possible duplicate: a person with the same name and birth date is already registered with NIK {niks}. Is this really another person?</source>
        <translation>Kemungkinan data ganda: orang dengan nama dan tanggal lahir yang sama sudah terdaftar dengan NIK {niks}. Apakah ini benar-benar orang yang berbeda?</translation>
    </message>
    <message>
        <source>Choose between {minimum} and {maximum} minutes.</source>
        <translation>Pilih {minimum} sampai {maximum} menit.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Pilih peran.</translation>
    </message>
    <message>
        <source>The user name {username} is already in use on this laptop.</source>
        <translation>Nama pengguna {username} sudah dipakai di laptop ini.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Tanggal selesai lebih awal dari tanggal mulai.</translation>
    </message>
    <message>
        <source>Type at least {minimum} characters of the record id, or a 16-digit NIK.</source>
        <translation>Ketik minimal {minimum} karakter awal ID data, atau NIK 16 digit.</translation>
    </message>
    <message>
        <source>Choose what happened with the request.</source>
        <translation>Pilih hasil tindak lanjut permintaan ini.</translation>
    </message>
    <message>
        <source>Say why the correction was refused; the person has a right to know.</source>
        <translation>Tuliskan alasan permintaan perbaikan ditolak; yang bersangkutan berhak mengetahuinya.</translation>
    </message>
    <message>
        <source>The request date is in the future.</source>
        <translation>Tanggal permintaan belum terjadi (di masa depan).</translation>
    </message>
    <message>
        <source>This cell holds a formula without a value (the file was saved without calculating it). Open the file in a spreadsheet program, save it again, or replace the formula by its value.</source>
        <translation>Sel ini berisi rumus tanpa nilai (berkas disimpan tanpa menghitung rumusnya). Buka berkas di program lembar kerja (misalnya Excel) lalu simpan lagi, atau ganti rumus dengan nilainya.</translation>
    </message>
    <message>
        <source>This cell holds the spreadsheet error {value}: fix the formula or type the value.</source>
        <translation>Sel ini berisi kesalahan lembar kerja {value}: perbaiki rumusnya atau ketik nilainya.</translation>
    </message>
    <message>
        <source>This cell holds a number far too long for this list.</source>
        <translation>Sel ini berisi angka yang terlalu panjang untuk daftar ini.</translation>
    </message>
    <message>
        <source>This {label} ({value}) is stored as a number in the spreadsheet, which keeps only 15 digits, so the last digits may be lost. Format the column as Text and type the {label} from the card again.</source>
        <translation>{label} ini ({value}) tersimpan sebagai angka di lembar kerja, yang hanya menyimpan 15 digit, sehingga digit terakhir mungkin hilang. Ubah format kolom menjadi Teks, lalu ketik ulang {label} dari kartunya.</translation>
    </message>
    <message>
        <source>This phone number ({value}) is too long for a number cell; digits were lost. Type it again.</source>
        <translation>Nomor HP ini ({value}) terlalu panjang untuk sel angka; ada digit yang hilang. Ketik ulang nomornya.</translation>
    </message>
    <message>
        <source>{value} is not a date in a form this import knows. Write it as dd/mm/yyyy, for example 15/02/1990.</source>
        <translation>{value} bukan tanggal dalam format yang dikenali impor ini. Tulis dengan format hh/bb/tttt, contoh: 15/02/1990.</translation>
    </message>
    <message>
        <source>Choose accept, waitlist or reject.</source>
        <translation>Pilih terima, daftar tunggu, atau tolak.</translation>
    </message>
    <message>
        <source>Choose assigned, completed or dropped.</source>
        <translation>Pilih ditempatkan, lulus, atau mengundurkan diri.</translation>
    </message>
    <message>
        <source>Choose the skill the person will learn.</source>
        <translation>Pilih keterampilan yang akan dipelajari.</translation>
    </message>
    <message>
        <source>This skill is not offered by the program.</source>
        <translation>Keterampilan ini tidak ditawarkan oleh program.</translation>
    </message>
    <message>
        <source>Choose a number from {minimum} to {maximum}.</source>
        <translation>Pilih angka dari {minimum} sampai {maximum}.</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <translation>Pilih salah satu bahasa yang tersedia.</translation>
    </message>
    <message>
        <source>Choose the recommendation.</source>
        <translation>Pilih rekomendasinya.</translation>
    </message>
    <message>
        <source>The interview date is in the future.</source>
        <translation>Tanggal wawancara ada di masa depan.</translation>
    </message>
    <message>
        <source>The interview date is before the application was made.</source>
        <translation>Tanggal wawancara sebelum tanggal pendaftaran.</translation>
    </message>
    <message>
        <source>This question is not part of the program&apos;s interview.</source>
        <translation>Pertanyaan ini bukan bagian dari wawancara program.</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>Pilih salah satu jawaban yang tersedia.</translation>
    </message>
    <message>
        <source>Choose a number from {min} to {max}.</source>
        <translation>Pilih angka dari {min} sampai {max}.</translation>
    </message>
    <message>
        <source>Give a score from {min} to {max}.</source>
        <translation>Berikan nilai dari {min} sampai {max}.</translation>
    </message>
    <message>
        <source>The score must be a whole number from {min} to {max}.</source>
        <translation>Nilai harus bilangan bulat dari {min} sampai {max}.</translation>
    </message>
    <message>
        <source>NIK {nik} is already registered on this device; the record was not changed. Review it in the participant list.</source>
        <translation>NIK {nik} sudah terdaftar di perangkat ini; datanya tidak diubah. Periksa datanya di daftar peserta.</translation>
    </message>
    <message>
        <source>NIK {nik} is already on this program&apos;s candidate list; the row was not added again.</source>
        <translation>NIK {nik} sudah ada di daftar calon peserta program ini; baris ini tidak ditambahkan lagi.</translation>
    </message>
    <message>
        <source>NIK {nik} appears earlier in this file; only the first row was taken.</source>
        <translation>NIK {nik} sudah muncul di baris sebelumnya dalam berkas ini; hanya baris pertama yang diambil.</translation>
    </message>
    <message>
        <source>A skill code is 1 to 40 small letters, digits or underscores, for example tata_boga.</source>
        <translation>Kode keterampilan terdiri dari 1 sampai 40 huruf kecil, angka, atau garis bawah (_), contoh: tata_boga.</translation>
    </message>
    <message>
        <source>The program already offers a skill with the code {code}.</source>
        <translation>Program ini sudah menawarkan keterampilan dengan kode {code}.</translation>
    </message>
    <message>
        <source>{code} is not a kecamatan of Kota Tangerang.</source>
        <translation>{code} bukan kecamatan di Kota Tangerang.</translation>
    </message>
    <message>
        <source>A quota is a whole number of places from 0 to {max}.</source>
        <translation>Kuota adalah jumlah tempat berupa bilangan bulat dari 0 sampai {max}.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Periode tidak boleh berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>Type a whole number from {min} to {max}.</source>
        <translation>Ketik bilangan bulat dari {min} sampai {max}.</translation>
    </message>
    <message>
        <source>This part of the program is not in the expected form: {details}</source>
        <translation>Bagian program ini tidak sesuai format yang diharapkan: {details}</translation>
    </message>
    <message>
        <source>Use one of the codes H, I, S, A or T.</source>
        <translation>Gunakan salah satu kode H, I, S, A, atau T.</translation>
    </message>
    <message>
        <source>Unknown source of the mark.</source>
        <translation>Sumber tanda kehadiran tidak dikenal.</translation>
    </message>
    <message>
        <source>Late (T) needs the time the person arrived.</source>
        <translation>Untuk Terlambat (T), isi jam kedatangan orang tersebut.</translation>
    </message>
    <message>
        <source>Choose the program the class belongs to.</source>
        <translation>Pilih program untuk kelas ini.</translation>
    </message>
    <message>
        <source>A class keeps its program; create a new class instead.</source>
        <translation>Program kelas tidak dapat diganti; buat kelas baru saja.</translation>
    </message>
    <message>
        <source>Choose the kecamatan of Kota Tangerang where the venue is.</source>
        <translation>Pilih kecamatan di Kota Tangerang tempat lokasi kelas berada.</translation>
    </message>
    <message>
        <source>Choose an active trainer account.</source>
        <translation>Pilih akun pelatih yang aktif.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Tanggal selesai lebih awal dari tanggal mulai.</translation>
    </message>
    <message>
        <source>The capacity is a whole number of places from 1 to {max}.</source>
        <translation>Kapasitas adalah jumlah tempat berupa bilangan bulat dari 1 sampai {max}.</translation>
    </message>
    <message>
        <source>{count} people are in the class already; the capacity cannot be lower.</source>
        <translation>Sudah ada {count} orang di kelas ini; kapasitas tidak boleh lebih kecil dari itu.</translation>
    </message>
    <message>
        <source>Choose the weekdays and a last day on or after the first.</source>
        <translation>Pilih harinya, dan tanggal terakhir yang sama dengan atau sesudah tanggal pertama.</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>Jam selesai sesi lebih awal dari jam mulai.</translation>
    </message>
    <message>
        <source>At most {max} sessions at once.</source>
        <translation>Paling banyak {max} sesi sekaligus.</translation>
    </message>
    <message>
        <source>The class has a session on that day already.</source>
        <translation>Kelas ini sudah memiliki sesi pada hari itu.</translation>
    </message>
    <message>
        <source>The move cannot be before the person joined the class.</source>
        <translation>Tanggal pindah tidak boleh sebelum orang tersebut masuk kelas.</translation>
    </message>
    <message>
        <source>Choose a starter kit, equipment or capital aid.</source>
        <translation>Pilih paket alat usaha, peralatan, atau bantuan modal.</translation>
    </message>
    <message>
        <source>Choose one recipient: a person, a group or a business.</source>
        <translation>Pilih satu penerima: perorangan, kelompok, atau usaha.</translation>
    </message>
    <message>
        <source>The handover date cannot be in the future.</source>
        <translation>Tanggal serah terima tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Give the amount of capital aid in rupiah.</source>
        <translation>Isi jumlah bantuan modal dalam rupiah.</translation>
    </message>
    <message>
        <source>Choose what kind of facilitation this was.</source>
        <translation>Pilih jenis fasilitasinya.</translation>
    </message>
    <message>
        <source>At most {max} lines here.</source>
        <translation>Paling banyak {max} baris di sini.</translation>
    </message>
    <message>
        <source>Choose the result: competent or not yet competent.</source>
        <translation>Pilih hasilnya: kompeten atau belum kompeten.</translation>
    </message>
    <message>
        <source>Type the number on the certificate.</source>
        <translation>Ketik nomor sertifikat.</translation>
    </message>
    <message>
        <source>Choose the kind of HAKI: trademark, copyright, design or patent.</source>
        <translation>Pilih jenis HAKI: merek, hak cipta, desain industri, atau paten.</translation>
    </message>
    <message>
        <source>Choose the status of the application.</source>
        <translation>Pilih status permohonannya.</translation>
    </message>
    <message>
        <source>Choose national or international.</source>
        <translation>Pilih nasional atau internasional.</translation>
    </message>
    <message>
        <source>Choose local, national or international.</source>
        <translation>Pilih lokal, nasional, atau internasional.</translation>
    </message>
    <message>
        <source>Choose the form of the capital aid.</source>
        <translation>Pilih bentuk bantuan modal.</translation>
    </message>
    <message>
        <source>Give the amount in whole rupiah.</source>
        <translation>Isi jumlahnya dalam rupiah, tanpa angka desimal.</translation>
    </message>
    <message>
        <source>List what was handed over, one item per line.</source>
        <translation>Tulis barang yang diserahkan, satu barang per baris.</translation>
    </message>
    <message>
        <source>At most {max} items in one handover.</source>
        <translation>Paling banyak {max} barang dalam satu serah terima.</translation>
    </message>
    <message>
        <source>{name} has signed for the starter kit already and stays chosen.</source>
        <translation>{name} sudah menandatangani penerimaan paket alat usaha, jadi tetap terpilih.</translation>
    </message>
    <message>
        <source>Choose from 1 to {max} people.</source>
        <translation>Pilih 1 sampai {max} orang.</translation>
    </message>
    <message>
        <source>{name} does not meet the completion threshold.</source>
        <translation>{name} belum memenuhi batas kelulusan.</translation>
    </message>
    <message>
        <source>Type a year from {first} to {last}.</source>
        <translation>Ketik tahun dari {first} sampai {last}.</translation>
    </message>
    <message>
        <source>Add at least one owner (a registered participant).</source>
        <translation>Tambahkan minimal satu pemilik (peserta yang sudah terdaftar).</translation>
    </message>
    <message>
        <source>Choose the business sector.</source>
        <translation>Pilih bidang usaha.</translation>
    </message>
    <message>
        <source>Choose micro, small or medium.</source>
        <translation>Pilih mikro, kecil, atau menengah.</translation>
    </message>
    <message>
        <source>Choose a turnover band from the list.</source>
        <translation>Pilih kisaran omzet dari daftar.</translation>
    </message>
    <message>
        <source>Choose the permits from the list.</source>
        <translation>Pilih izin dari daftar.</translation>
    </message>
    <message>
        <source>Choose each owner&apos;s role from the list.</source>
        <translation>Pilih peran setiap pemilik dari daftar.</translation>
    </message>
    <message>
        <source>A number is given for a permit the unit does not hold.</source>
        <translation>Ada nomor izin yang diisi untuk izin yang tidak dimiliki unit usaha ini.</translation>
    </message>
    <message>
        <source>NIB {nib} is already recorded for {name}; open that unit instead.</source>
        <translation>NIB {nib} sudah tercatat atas nama {name}; buka unit usaha tersebut saja.</translation>
    </message>
    <message>
        <source>Choose who this was for: a person, a business unit or a group.</source>
        <translation>Pilih penerimanya: perorangan, unit usaha, atau kelompok.</translation>
    </message>
    <message>
        <source>This kind of facilitation is recorded for a person.</source>
        <translation>Jenis fasilitasi ini dicatat untuk perorangan.</translation>
    </message>
    <message>
        <source>Choose the program whose target this counts toward.</source>
        <translation>Pilih program yang targetnya dihitung dari fasilitasi ini.</translation>
    </message>
    <message>
        <source>This record does not exist any more; choose again.</source>
        <translation>Data ini sudah tidak ada; pilih lagi.</translation>
    </message>
    <message>
        <source>{program} has no such target.</source>
        <translation>{program} tidak memiliki target tersebut.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; does not count this kind of facilitation.</source>
        <translation>&quot;{target}&quot; tidak menghitung jenis fasilitasi ini.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; counts groups: record it for the group.</source>
        <translation>&quot;{target}&quot; dihitung per kelompok: catat untuk kelompoknya.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; counts business units: record it for the unit, or for a person who owns one.</source>
        <translation>&quot;{target}&quot; dihitung per unit usaha: catat untuk unit usahanya, atau untuk orang yang memiliki unit usaha.</translation>
    </message>
    <message>
        <source>{group} has no members on {day}; add its members before recording a handover to the group.</source>
        <translation>{group} belum memiliki anggota pada {day}; tambahkan anggotanya sebelum mencatat serah terima kepada kelompok.</translation>
    </message>
    <message>
        <source>Tick the members who signed for the equipment.</source>
        <translation>Centang anggota yang menandatangani penerimaan peralatan.</translation>
    </message>
    <message>
        <source>{name} was not a member of the group on {day} and cannot sign for it.</source>
        <translation>{name} bukan anggota kelompok pada {day}, sehingga tidak dapat menandatangani penerimaannya.</translation>
    </message>
    <message>
        <source>{name} is already a member of {group}.</source>
        <translation>{name} sudah menjadi anggota {group}.</translation>
    </message>
    <message>
        <source>This person left the group already.</source>
        <translation>Orang ini sudah keluar dari kelompok.</translation>
    </message>
    <message>
        <source>The person cannot leave before joining ({joined}).</source>
        <translation>Tanggal keluar tidak boleh sebelum tanggal bergabung ({joined}).</translation>
    </message>
    <message>
        <source>The leader must be a current member of the group.</source>
        <translation>Ketua harus anggota kelompok yang masih aktif.</translation>
    </message>
    <message>
        <source>Choose the kind of group.</source>
        <translation>Pilih jenis kelompok.</translation>
    </message>
    <message>
        <source>Choose the member&apos;s role in the group.</source>
        <translation>Pilih peran anggota dalam kelompok.</translation>
    </message>
    <message>
        <source>This person is not a registered participant; register them first.</source>
        <translation>Orang ini belum terdaftar sebagai peserta; daftarkan terlebih dahulu.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Tanggal tidak boleh di masa depan.</translation>
    </message>
</context>
</TS>
