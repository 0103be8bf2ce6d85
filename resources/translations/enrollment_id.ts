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
        <translation>Koordinator telah mengatur ulang kata sandi Anda. Buat kata sandi Anda sendiri sekarang; jangan sampai orang lain mengetahuinya.</translation>
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
        <translation>Terjadi kesalahan. Data yang sudah disimpan sebelumnya tetap aman; tindakan terakhir mungkin belum tersimpan. Mohon periksa kembali, dan beri tahu koordinator Anda jika hal ini terjadi lagi.</translation>
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
    <name>LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>Layar terkunci</translation>
    </message>
    <message>
        <source>In use by {name} ({username}, {role}). Type the password to continue where you left off. A supervisor can also unlock with their own user name and password.</source>
        <translation>Sedang dipakai oleh {name} ({username}, {role}). Ketik kata sandi untuk melanjutkan pekerjaan. Koordinator juga dapat membuka kunci dengan nama pengguna dan kata sandinya sendiri.</translation>
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
        <source>Sign in to this laptop ({device})</source>
        <translation>Masuk ke laptop ini ({device})</translation>
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
        <translation>tidak ada: buat koordinator pertama di langkah berikutnya</translation>
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
        <translation>Koordinator pertama</translation>
    </message>
    <message>
        <source>The supervisor signs in on this laptop and can add the other team members later.</source>
        <translation>Koordinator masuk di laptop ini dan nanti dapat menambahkan anggota tim lainnya.</translation>
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
        <translation>Masuk dengan akun Anda dari berkas penyiapan, atau buat akun koordinator baru.</translation>
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
        <source>Screen lock</source>
        <translation>Kunci layar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Lock the screen after this long without use:</source>
        <translation>Kunci layar jika tidak dipakai selama:</translation>
    </message>
    <message>
        <source>Ctrl+L locks it at once.</source>
        <translation>Ctrl+L langsung mengunci layar.</translation>
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
        <translation>Nonaktifkan {username}? Ia tidak dapat masuk sampai koordinator mengaktifkan akunnya lagi.</translation>
    </message>
    <message>
        <source>{username} is disabled.</source>
        <translation>{username} sudah dinonaktifkan.</translation>
    </message>
    <message>
        <source>{username} can sign in again.</source>
        <translation>{username} dapat masuk lagi.</translation>
    </message>
    <message>
        <source>The screen now locks after {minutes} minute(s) without use.</source>
        <translation>Layar sekarang terkunci setelah {minutes} menit tidak dipakai.</translation>
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
        <translation>Koordinator</translation>
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
</context>
<context>
    <name>cli</name>
    <message>
        <source>Name the device: --device-name NAME (or give --provisioning FILE).</source>
        <translation>Beri nama perangkat: --device-name NAME (atau berikan --provisioning FILE).</translation>
    </message>
    <message>
        <source>Device &apos;{name}&apos; is set up; supervisor &apos;{user}&apos; can sign in.</source>
        <translation>Perangkat &apos;{name}&apos; telah disiapkan; koordinator &apos;{user}&apos; dapat masuk.</translation>
    </message>
    <message>
        <source>The provisioning file sets this device up as &apos;{name}&apos;; leave out --device-name or give that name.</source>
        <translation>Berkas penyiapan menyiapkan perangkat ini sebagai &apos;{name}&apos;; hapus --device-name atau gunakan nama itu.</translation>
    </message>
    <message>
        <source>Device &apos;{name}&apos; is set up from the provisioning file (central office key {key}); {count} user accounts; supervisor &apos;{user}&apos; can sign in.</source>
        <translation>Perangkat &apos;{name}&apos; telah disiapkan dari berkas penyiapan (kunci kantor pusat {key}); {count} akun pengguna; koordinator &apos;{user}&apos; dapat masuk.</translation>
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
        <source>Give a central command: init, provision, import, verify, stats, devices or report (see --help).</source>
        <translation>Berikan perintah central: init, provision, import, verify, stats, devices, atau report (lihat --help).</translation>
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
        <source>Report written: {files}</source>
        <translation>Laporan disimpan: {files}</translation>
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
        <source>No bundle was exported from this device yet.</source>
        <translation>Belum ada paket data yang diekspor dari perangkat ini.</translation>
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
        <translation>Terlalu banyak salah kata sandi: akun ini dikunci selama {minutes} menit. Coba lagi nanti, atau minta koordinator mengatur ulang kata sandi.</translation>
    </message>
    <message>
        <source>Only {name} or a supervisor can unlock this screen.</source>
        <translation>Layar ini hanya dapat dibuka oleh {name} atau koordinator.</translation>
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
        <translation>&apos;{username}&apos; bukan koordinator aktif dalam berkas penyiapan; masuk sebagai salah satu koordinatornya ({supervisors}) atau pilih nama pengguna baru.</translation>
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
        <source>This file is not a usable backup of this application (damaged or of another program). Nothing was changed.</source>
        <translation>Berkas ini bukan cadangan yang dapat dipakai aplikasi ini (rusak atau dari program lain). Tidak ada yang diubah.</translation>
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
        <source>Requests about this data (UU PDP)</source>
        <translation>Permintaan terkait data ini (UU PDP)</translation>
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
</context>
</TS>
