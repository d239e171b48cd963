"""The understanding evaluation sets are well-formed (the parser's score is in bench/, not here).

Each set was written blind, by a writer who had not read the parser. understanding.jsonl,
understanding_heldout.jsonl, understanding_final.jsonl, understanding_fourth.jsonl and
understanding_fifth.jsonl were each measured once as written and then used to find gaps;
understanding_seventh.jsonl (teen, non-native, school storeroom, smallholding, voice typing,
office voices) and understanding_eighth.jsonl (craft shop, canal boat, family chat, carer,
cyclist, Indian English voices) were written blind as well, measured once untouched and
then read as development sets; understanding_ninth.jsonl (a grandparent, a US student, a
café, a New Zealand / South African family, a collector, a van-lifer) and
understanding_tenth.jsonl (a parent of toddlers, a gardener, a scout group's store, a
holiday-let host, a Canadian family, a Singaporean speaker) too, each after it was
measured untouched; understanding_sixth.jsonl and understanding_eleventh.jsonl (an
engineer's workshop, a shift nurse, a Welsh farmhouse, a London flat-share, a US suburban
family, a startup's office manager) are only ever measured (their totals), never read,
so their figures stay the honest ones; so is understanding_twelfth.jsonl (eight writers:
an allotment society, a Yorkshire widower, a Montreal family, a Ghanaian family in London,
a joint family in Pune, a café, a student photography society, a teenage gamer in Ohio).
tests/eval/brief.md is the brief the writers of the sixth to twelfth sets were given; give
it to the writer of the next one. The sets of
tests/training/ (retired downsizers, a lab technician, an Australian share house, a
Nigerian-British family, a touring musician, a food bank, a Texas dad, a Scottish gran, a
Polish builder, a primary teacher, a sailing club's bosun, a dog rescue, a Filipino family
in Dubai, an old man dictating by voice, a home brewer, a theatre's props manager, a
Jamaican-British family, a rowing club, an Irish pub's cellar, a corner shop, a climbing
club, a cosplayer, a US football team's kit room, a Hong Kong family, a German exchange
student, a museum archive, a wedding planner, a tool library, a military move, a
Brazilian au pair, a marine field station, a Pakistani-American family, a couple's first
flat, a farm office, a photographer, a Canadian retiree, a Gen-Z teen, a Spanglish
housekeeper, a makerspace, a GP practice, a Glasgow dad, a Lisbon holiday host, a vintage
seller, a retired engineer in India, a fire station, a New York grandma, a festival crew
member, a South African mother of a newborn, a Welsh hill farm, a Canadian hockey mom, a
Nairobi family, a university hall of residence, a Brazilian family in Florida, a church
hall's volunteers, a vet clinic, an Australian electrician) were
written blind from the same brief, only to train the learned guess on; they are checked
here like the others. Sixteen more (a Yorkshire allotment, a care home, a narrowboat
couple, a K-pop collector, a bakery, a village cricket club, new parents in the US, a New
Zealand retired couple, a busy mum dictating, a Geordie dad, a German in Manchester, a
landlord of a shared house, a terse developer, an American couple in an RV, a Singapore
flat, a US scout troop's quartermaster) were written the same way, kept back from training
at first, and trained on since: tests/training/TRAINED_LATER.md says when and why.
Sixty-six more, written the same way on 4 December (a beekeeping couple, a bookshop, a
Montana family, a student nurse, an ADHD rambler, a dyslexic tradesman, a Lagos flat-share
writing Pidgin, a Trinidadian family, a Hebridean croft, a dementia carer, an Afrikaans dad,
a Ghanaian family in Toronto, a Boston nonna, a Swedish summer cabin, a Cajun family, a
Belfast family, a Māori whānau, a Dutch family, a retired postman's speech recognition, an
Iowa farm, a couple separating, an Aberdeen flat writing Doric, a Newfoundland family, a
wheelchair user's household and more), were kept back in tests/training/not_trained/ and
read to find the rules' mistakes, then trained on that evening, with twelve more written
after them (an Israeli family in New Jersey, a marching band, an Ethiopian family, a Cornish
fishing crew, a snowbird couple, a Cantonese grandmother in Vancouver, a hair salon, a Greek
family in Melbourne, a church youth group, night security guards, a Nepali family, twins);
six after them (a Somali family in Minneapolis, a couple in the South Wales valleys, an
escape room, a Portuguese care worker in London, film students, a Sikh family in Southall)
and six written last (a Polish family in Dublin, a community garden, an adult with ADHD, a
Filipino family in Winnipeg, a Vermont inn, a Jamaican family in Toronto) are still kept
back in tests/training/not_trained/, as are six written on 4 December at night (a Wisconsin
cheesemaker, a Glasgow teenager, a retired US Navy chief, a Sydney renovation, a Russian
grandmother in Brooklyn, a Turkish family in Berlin) and six after them (a Deaf couple in
Bristol, a Chinese student in Melbourne, an Alaska fishing lodge, a Mumbai flat writing
Hinglish, a university robotics club, a Kentucky widower) and six written last (a nail
salon in Leeds, a Sri Lankan family in Melbourne, a Kerry dairy farmer, a bodega in
Washington Heights, a retired teacher in Edinburgh, a band's roadie) and six written on
4 December in the evening (a Hilo family in Pidgin, a Welsh-speaking smallholding, a
Portland bike shop, a Maine lobsterman, an Ohio grandfather in capitals, a Pakistani family
in Manchester) and six after them (a drag performer in London, an Atlanta barbershop, a
Maltese family, a home carer in Kochi, preschool teachers in Ohio, a Cypriot family in north
London) and six written on 4 December late at night (a Lagos mother writing Pidgin, a
Singapore flat in Singlish, a Johannesburg dad, a Texas church volunteer, a New Zealand sheep
farmer, Montreal flatmates in franglais), eighteen written on 5 December in the small hours
(twelve read for the rules) and six written that morning and kept unread to the end of its
session (a Jewish grandmother in Boca Raton, a Brazilian student in Boston, a dyslexic
plumber in Leicester, a university lab manager, a German engineer in Munich, a Samoan family
in Auckland, read in the next session) and six written at the start of that next session
and kept unread to its end (a Shetland croft, a community centre in Alice Springs, a dim sum
restaurant in San Francisco, an autistic teenager in Leeds and a parent, a Broadway
stagehand in Queens, a GAA club's kit man in Mayo; read later in that session) and four
written later in it and kept unread to its end (a B&B in Cornwall, a Nigerian nurse in
Houston, student union societies, a Japanese-Canadian couple in Tokyo; read in the next
session) and six written at the start of that next session and kept unread (a retired couple
with a caravan in Perth, a Chilean family in Santiago writing Spanish-shaped English, a
Detroit dad dictating to his phone, the deck crew of a Scottish island ferry, a Bangladeshi
restaurant family on Brick Lane, an Ohio quilting guild) and six written at the start of the
session after it and kept unread (a Wisconsin deer camp, a homeschooling mother in Utah, a
Lebanese family in western Sydney, an Oregon plant nursery, a French couple in Provence
writing English as a second language, postgraduate housemates in Manchester) and two in
learners' English written later in it and read (a French family near Lyon, a Geneva
flatshare), and six written at the start of the session after and kept unread (an au pair
in Vienna writing Hungarian-shaped English, a Colorado ski patrol, two retired sisters in
Norfolk, a family hardware shop in Penang writing Manglish, an apprentice electrician in
Bristol, a Mexican-American family in San Antonio). The eighty-four of these read for the
rules were moved to tests/training/ on 5 December and trained on since; only the eighteen
never read stay in tests/training/not_trained/. TRAINED_LATER.md says when and why for each.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

HERE = Path(__file__).parent
# file: (messages at least, must-not-change messages at least)
SIZES = {
    "understanding.jsonl": (420, 130),
    "understanding_heldout.jsonl": (300, 100),
    "understanding_final.jsonl": (320, 110),
    "understanding_fourth.jsonl": (400, 140),
    "understanding_fifth.jsonl": (400, 130),
    "understanding_sixth.jsonl": (415, 140),
    "understanding_seventh.jsonl": (300, 95),
    "understanding_eighth.jsonl": (300, 95),
    "understanding_ninth.jsonl": (415, 135),
    "understanding_tenth.jsonl": (415, 135),
    "understanding_eleventh.jsonl": (415, 135),
    "understanding_twelfth.jsonl": (750, 225),
    # written only to train the learned guess on (llm/fast/training.py), never to score
    "../training/downsizers.jsonl": (100, 30),
    "../training/lab_tech.jsonl": (100, 28),
    "../training/aussie_sharehouse.jsonl": (100, 30),
    "../training/naija_family.jsonl": (100, 30),
    "../training/musician.jsonl": (95, 30),
    "../training/food_bank.jsonl": (100, 30),
    "../training/texas_dad.jsonl": (100, 30),
    "../training/scottish_gran.jsonl": (100, 30),
    "../training/polish_builder.jsonl": (100, 30),
    "../training/teacher.jsonl": (100, 30),
    "../training/sailing_club.jsonl": (100, 30),
    "../training/dog_rescue.jsonl": (100, 30),
    "../training/filipino_dubai.jsonl": (100, 30),
    "../training/dictation.jsonl": (100, 30),
    "../training/home_brewer.jsonl": (100, 30),
    "../training/theatre_props.jsonl": (100, 30),
    "../training/jamaican_brum.jsonl": (100, 30),
    "../training/rowing_club.jsonl": (100, 30),
    "../training/irish_pub.jsonl": (100, 30),
    "../training/corner_shop.jsonl": (100, 30),
    "../training/climbing_club.jsonl": (100, 30),
    "../training/cosplayer.jsonl": (100, 30),
    "../training/football_equipment.jsonl": (95, 30),
    "../training/hong_kong.jsonl": (100, 30),
    "../training/exchange_student.jsonl": (100, 30),
    "../training/museum_archive.jsonl": (100, 30),
    "../training/wedding_planner.jsonl": (100, 30),
    "../training/tool_library.jsonl": (100, 30),
    "../training/military_move.jsonl": (100, 30),
    "../training/au_pair.jsonl": (100, 30),
    "../training/field_station.jsonl": (100, 30),
    "../training/desi_houston.jsonl": (100, 30),
    "../training/first_flat.jsonl": (100, 30),
    "../training/farm_office.jsonl": (100, 30),
    "../training/photographer.jsonl": (95, 28),
    "../training/canadian_retiree.jsonl": (100, 30),
    "../training/genz.jsonl": (100, 30),
    "../training/spanglish.jsonl": (100, 30),
    "../training/makerspace.jsonl": (100, 30),
    "../training/gp_practice.jsonl": (95, 28),
    "../training/glasgow_dad.jsonl": (100, 30),
    "../training/lisbon_host.jsonl": (100, 30),
    "../training/vintage_seller.jsonl": (100, 30),
    "../training/retired_engineer_india.jsonl": (100, 30),
    "../training/fire_station.jsonl": (100, 30),
    "../training/ny_grandma.jsonl": (100, 30),
    "../training/festival_crew.jsonl": (100, 30),
    "../training/sa_newborn.jsonl": (100, 30),
    "../training/welsh_farm.jsonl": (96, 29),
    "../training/hockey_mom.jsonl": (93, 28),
    "../training/nairobi_family.jsonl": (95, 29),
    "../training/uni_halls.jsonl": (87, 27),
    "../training/brazil_florida.jsonl": (95, 30),
    "../training/church_hall.jsonl": (96, 29),
    "../training/vet_clinic.jsonl": (92, 30),
    "../training/aussie_tradie.jsonl": (96, 30),
    # written the same way, first kept back, trained on since: tests/training/TRAINED_LATER.md
    "../training/allotment.jsonl": (93, 30),
    "../training/care_home.jsonl": (97, 30),
    "../training/narrowboat.jsonl": (96, 30),
    "../training/kpop_teen.jsonl": (94, 28),
    "../training/bakery.jsonl": (94, 29),
    "../training/cricket_club.jsonl": (99, 30),
    "../training/new_parents.jsonl": (91, 28),
    "../training/kiwi_retiree.jsonl": (89, 28),
    "../training/busy_mum_voice.jsonl": (94, 28),
    "../training/geordie_allotment_dad.jsonl": (97, 31),
    "../training/german_expat.jsonl": (99, 29),
    "../training/hmo_landlord.jsonl": (93, 28),
    "../training/power_user.jsonl": (94, 30),
    "../training/rv_couple.jsonl": (93, 28),
    "../training/singapore_flat.jsonl": (95, 28),
    "../training/scout_quartermaster.jsonl": (89, 25),
    # written the same way on the evening of 4 Dec, kept back from training (TRAINED_LATER.md)
    "../training/beekeeper_smallholder.jsonl": (97, 33),
    "../training/bookshop_owner.jsonl": (95, 33),
    "../training/montana_cabin.jsonl": (88, 30),
    "../training/student_nurse.jsonl": (90, 32),
    "../training/adhd_rambler.jsonl": (94, 32),
    "../training/dyslexic_tradesman.jsonl": (88, 30),
    "../training/quebec_family.jsonl": (94, 32),
    "../training/cork_mammy.jsonl": (94, 32),
    "../training/vanlife_aussie.jsonl": (91, 31),
    "../training/cafe_owner.jsonl": (87, 28),
    "../training/teen_gamer.jsonl": (85, 26),
    "../training/mechanic_workshop.jsonl": (92, 33),
    "../training/lagos_flatshare.jsonl": (95, 32),
    "../training/retired_librarian.jsonl": (100, 34),
    "../training/erasmus_flat.jsonl": (95, 32),
    "../training/voice_dictation_dad.jsonl": (88, 28),
    "../training/hostel_manager.jsonl": (90, 30),
    "../training/kiwi_sharehouse_gamer.jsonl": (84, 31),
    "../training/trinidad_family.jsonl": (97, 32),
    "../training/passover_household.jsonl": (89, 32),
    "../training/tiny_house.jsonl": (88, 30),
    "../training/choir_library.jsonl": (97, 33),
    "../training/crofter.jsonl": (91, 32),
    "../training/dorm_ra.jsonl": (87, 30),
    "../training/restaurant_family.jsonl": (89, 30),
    "../training/precise_collector.jsonl": (98, 33),
    "../training/kid_ten.jsonl": (92, 31),
    "../training/dementia_carer.jsonl": (92, 32),
    "../training/afrikaans_dad.jsonl": (94, 32),
    "../training/korean_american_mom.jsonl": (92, 32),
    "../training/highland_bnb.jsonl": (89, 30),
    "../training/ukrainian_family.jsonl": (96, 31),
    "../training/carpenter_workshop.jsonl": (90, 32),
    "../training/military_spouse.jsonl": (90, 31),
    "../training/japanese_seattle.jsonl": (94, 31),
    "../training/gardening_club.jsonl": (92, 32),
    "../training/ghana_toronto.jsonl": (96, 34),
    "../training/boston_nonna.jsonl": (96, 33),
    "../training/swedish_stuga.jsonl": (98, 33),
    "../training/scouse_students.jsonl": (95, 33),
    "../training/boxing_gym.jsonl": (93, 31),
    "../training/durban_family.jsonl": (97, 33),
    "../training/kl_family.jsonl": (94, 30),
    "../training/brighton_beach.jsonl": (94, 32),
    "../training/cajun_family.jsonl": (98, 33),
    "../training/belfast_family.jsonl": (91, 31),
    "../training/florist_shop.jsonl": (93, 31),
    "../training/dearborn_family.jsonl": (94, 33),
    "../training/zim_brum.jsonl": (98, 34),
    "../training/viet_houston.jsonl": (93, 33),
    "../training/maori_whanau.jsonl": (92, 33),
    "../training/bradford_family.jsonl": (95, 31),
    "../training/school_pe.jsonl": (93, 32),
    "../training/dutch_family.jsonl": (97, 33),
    "../training/speech_errors.jsonl": (100, 34),
    "../training/self_storage.jsonl": (90, 31),
    "../training/iowa_farm.jsonl": (92, 32),
    "../training/separating_couple.jsonl": (93, 33),
    "../training/repair_cafe.jsonl": (90, 32),
    "../training/indian_student_canada.jsonl": (93, 30),
    "../training/doric_flat.jsonl": (94, 33),
    "../training/tamil_toronto.jsonl": (97, 33),
    "../training/newfoundland_family.jsonl": (97, 34),
    "../training/access_household.jsonl": (90, 30),
    "../training/dog_groomer.jsonl": (89, 29),
    "../training/orchestra_store.jsonl": (92, 31),
    "../training/israeli_nj.jsonl": (93, 32),
    "../training/marching_band.jsonl": (95, 33),
    "../training/ethiopian_dc.jsonl": (95, 33),
    "../training/cornish_skipper.jsonl": (95, 34),
    "../training/snowbirds.jsonl": (88, 30),
    "../training/vancouver_popo.jsonl": (100, 34),
    "../training/hair_salon.jsonl": (92, 32),
    "../training/greek_melbourne.jsonl": (89, 31),
    "../training/youth_group.jsonl": (94, 32),
    "../training/night_security.jsonl": (93, 32),
    "../training/nepali_aldershot.jsonl": (94, 31),
    "../training/twins_14.jsonl": (88, 32),
    "../training/somali_minneapolis.jsonl": (97, 34),
    "../training/valleys_pensioner.jsonl": (97, 34),
    "../training/escape_room.jsonl": (91, 30),
    "../training/portuguese_carer.jsonl": (96, 31),
    "../training/film_kit.jsonl": (91, 31),
    "../training/sikh_southall.jsonl": (90, 31),
    "../training/polish_dublin.jsonl": (95, 32),
    "../training/community_garden.jsonl": (96, 33),
    "../training/adhd_adult.jsonl": (91, 31),
    "../training/filipino_winnipeg.jsonl": (94, 33),
    "../training/vermont_inn.jsonl": (98, 33),
    "../training/jamaican_toronto.jsonl": (93, 32),
    "../training/cheesemaker.jsonl": (95, 34),
    "../training/glasgow_teen.jsonl": (94, 30),
    "../training/navy_chief.jsonl": (95, 33),
    "../training/reno_sydney.jsonl": (90, 32),
    "../training/russian_brooklyn.jsonl": (97, 32),
    "../training/turkish_berlin.jsonl": (96, 33),
    "../training/bsl_bristol.jsonl": (96, 32),
    "../training/chinese_student_melb.jsonl": (94, 32),
    "../training/alaska_lodge.jsonl": (91, 30),
    "../training/mumbai_flat.jsonl": (96, 31),
    "../training/robotics_club.jsonl": (94, 31),
    "../training/kentucky_widower.jsonl": (98, 32),
    "../training/nail_salon.jsonl": (98, 32),
    "../training/srilankan_melb.jsonl": (89, 30),
    "../training/kerry_farmer.jsonl": (94, 32),
    "../training/bodega_nyc.jsonl": (94, 32),
    "../training/edinburgh_retired.jsonl": (98, 34),
    "../training/roadie_tour.jsonl": (93, 32),
    "../training/hawaii_ohana.jsonl": (99, 33),
    "../training/welsh_gwynedd.jsonl": (97, 34),
    "../training/bike_shop.jsonl": (92, 34),
    "../training/maine_lobster.jsonl": (95, 32),
    "../training/caps_ohio_dad.jsonl": (91, 31),
    "../training/manc_pakistani.jsonl": (95, 33),
    "../training/drag_queen.jsonl": (97, 32),
    "../training/atlanta_barbershop.jsonl": (95, 33),
    "../training/maltese_family.jsonl": (90, 30),
    "../training/kerala_homecare.jsonl": (98, 33),
    "../training/preschool_teacher.jsonl": (96, 32),
    "../training/cypriot_london.jsonl": (96, 33),
    "../training/lagos_family.jsonl": (95, 33),
    "../training/singapore_hdb.jsonl": (86, 29),
    "../training/joburg_braai.jsonl": (89, 29),
    "../training/texas_church.jsonl": (96, 33),
    "../training/nz_sheep_farm.jsonl": (86, 29),
    "../training/montreal_franglais.jsonl": (89, 31),
    # six written on 5 December and kept unread to the end of that session
    "../training/chicago_teen.jsonl": (91, 31),
    "../training/croydon_ghanaian.jsonl": (87, 29),
    "../training/la_korean_mom.jsonl": (94, 32),
    "../training/newfoundland_outport.jsonl": (92, 32),
    "../training/ukrainian_warsaw.jsonl": (94, 31),
    "../training/yorkshire_caravans.jsonl": (95, 32),
    # twelve written on 5 December and read for the rules that session
    "../training/bayou_mechanic.jsonl": (95, 33),
    "../training/brisbane_share.jsonl": (92, 33),
    "../training/hk_household.jsonl": (98, 33),
    "../training/london_studio.jsonl": (91, 33),
    "../training/retired_engineer.jsonl": (97, 33),
    "../training/tamil_chennai_flat.jsonl": (97, 32),
    "../training/madrid_flatmates.jsonl": (96, 34),
    "../training/minnesota_dad.jsonl": (91, 34),
    "../training/nairobi_sheng.jsonl": (93, 32),
    "../training/school_caretaker.jsonl": (94, 32),
    "../training/surrey_punjabi.jsonl": (93, 33),
    "../training/voice_notes_nurse.jsonl": (87, 33),
    # six written on 5 December in the morning and kept unread to the end of that session
    "../training/boca_bubbe.jsonl": (97, 33),
    "../training/brazilian_boston.jsonl": (88, 31),
    "../training/dyslexic_plumber.jsonl": (92, 31),
    "../training/lab_manager.jsonl": (91, 32),
    "../training/munich_engineer.jsonl": (94, 32),
    "../training/samoan_auckland.jsonl": (87, 32),
    # six written on 5 December at the start of the afternoon session, unread to its end
    "../training/alice_springs_centre.jsonl": (89, 30),
    "../training/literal_teen.jsonl": (95, 33),
    "../training/mayo_gaa_kitman.jsonl": (92, 31),
    "../training/nyc_stagehand.jsonl": (89, 30),
    "../training/sf_dim_sum.jsonl": (94, 32),
    "../training/shetland_crofter.jsonl": (92, 31),
    # four written later in that session, unread to its end
    "../training/cornish_bnb.jsonl": (95, 32),
    "../training/houston_nurse.jsonl": (92, 34),
    "../training/student_union.jsonl": (91, 31),
    "../training/tokyo_apartment.jsonl": (92, 32),
    # six written on 5 December at the start of the evening session, unread to its end
    "../training/not_trained/brick_lane_kitchen.jsonl": (92, 30),
    "../training/not_trained/detroit_dad.jsonl": (89, 31),
    "../training/not_trained/ferry_crew.jsonl": (93, 31),
    "../training/not_trained/perth_caravan.jsonl": (90, 32),
    "../training/not_trained/quilting_guild.jsonl": (95, 32),
    "../training/not_trained/santiago_family.jsonl": (97, 34),
    # six written on 5 December at the start of the next session, unread
    "../training/not_trained/lebanese_sydney.jsonl": (85, 30),
    "../training/not_trained/manchester_postgrads.jsonl": (90, 32),
    "../training/not_trained/oregon_nursery.jsonl": (91, 31),
    "../training/not_trained/provence_couple.jsonl": (99, 33),
    "../training/not_trained/utah_homeschool.jsonl": (97, 33),
    "../training/not_trained/wisconsin_deer_camp.jsonl": (93, 33),
    # two in learners' English, written later in that session and read
    "../training/lyon_family.jsonl": (97, 32),
    "../training/geneva_flatshare.jsonl": (97, 33),
    # six written on 5 December at the start of the session after, unread
    "../training/not_trained/bristol_apprentice.jsonl": (91, 32),
    "../training/not_trained/colorado_ski_patrol.jsonl": (94, 33),
    "../training/not_trained/norfolk_sisters.jsonl": (100, 34),
    "../training/not_trained/penang_hardware.jsonl": (98, 34),
    "../training/not_trained/san_antonio_family.jsonl": (92, 32),
    "../training/not_trained/vienna_au_pair.jsonl": (96, 32),
    # six written on 5 December at the start of the last session, unread
    "../training/not_trained/cardiff_rugby.jsonl": (91, 33),
    "../training/not_trained/dublin_young_mum.jsonl": (94, 32),
    "../training/not_trained/east_ham_family.jsonl": (86, 30),
    "../training/not_trained/phoenix_pickleball.jsonl": (88, 29),
    "../training/not_trained/spoonie.jsonl": (95, 33),
    "../training/not_trained/toronto_condo.jsonl": (88, 31),
    # six written on 5 December at the start of the session after that, read for the rules
    "../training/not_trained/auckland_surf_club.jsonl": (92, 32),
    "../training/not_trained/brooklyn_studio.jsonl": (90, 31),
    "../training/not_trained/glasgow_tenement.jsonl": (91, 32),
    "../training/not_trained/hobart_boatbuilder.jsonl": (90, 32),
    "../training/not_trained/kenyan_leeds_family.jsonl": (93, 31),
    "../training/not_trained/texas_ranch.jsonl": (91, 31),
    # six written on 5 December in the session after that, after its first commits: unread
    "../training/not_trained/minnesota_lake_cabin.jsonl": (92, 33),
    "../training/not_trained/montreal_musicians.jsonl": (91, 32),
    "../training/not_trained/nigerian_houston.jsonl": (94, 33),
    "../training/not_trained/singapore_hdb_family.jsonl": (97, 33),
    "../training/not_trained/somerset_theatre.jsonl": (91, 33),
    "../training/not_trained/yorkshire_allotment.jsonl": (96, 33),
    # six written on 5 December at the end of the session after that: measured, then read
    "../training/not_trained/brampton_gujarati_family.jsonl": (92, 32),
    "../training/not_trained/bristol_retired_teacher.jsonl": (96, 34),
    "../training/not_trained/california_van_life.jsonl": (90, 32),
    "../training/not_trained/manchester_mum_of_four.jsonl": (92, 33),
    "../training/not_trained/ohio_handyman.jsonl": (93, 31),
    "../training/not_trained/sydney_inner_west_share.jsonl": (87, 32),
    # six written on 5 December at the very end of the session after that: unread
    "../training/not_trained/atlanta_family_garage.jsonl": (92, 32),
    "../training/not_trained/birmingham_first_flat.jsonl": (88, 31),
    "../training/not_trained/filipino_nurse_london.jsonl": (94, 31),
    "../training/not_trained/kerry_farmhouse.jsonl": (96, 32),
    "../training/not_trained/vancouver_maker.jsonl": (92, 32),
    "../training/not_trained/welsh_scout_quartermaster.jsonl": (95, 32),
    # six written on 5 December at the start of the next session: measured, then read
    "../training/not_trained/cape_town_surf_flat.jsonl": (92, 32),
    "../training/not_trained/derry_taxi_driver.jsonl": (88, 31),
    "../training/not_trained/miami_cuban_household.jsonl": (92, 33),
    "../training/not_trained/norwich_bookbinder.jsonl": (96, 34),
    "../training/not_trained/queensland_cattle_station.jsonl": (89, 32),
    "../training/not_trained/seattle_tech_couple.jsonl": (92, 32),
    # six written on 5 December at the start of the same session: kept unread
    "../training/not_trained/bangalore_flat_couple.jsonl": (92, 31),
    "../training/not_trained/boise_scrapbooker_mom.jsonl": (93, 33),
    "../training/not_trained/darwin_fishing_family.jsonl": (90, 32),
    "../training/not_trained/dorset_vicarage.jsonl": (93, 32),
    "../training/not_trained/edinburgh_medic_flat.jsonl": (87, 31),
    "../training/not_trained/nashville_session_player.jsonl": (89, 30),
    # six written on 5 December at the start of the session after: measured, then read
    "../training/not_trained/clare_vet_practice.jsonl": (92, 34),
    "../training/not_trained/gwynedd_welsh_family.jsonl": (94, 33),
    "../training/not_trained/la_korean_church_youth.jsonl": (94, 33),
    "../training/not_trained/melbourne_gamer_and_mum.jsonl": (89, 32),
    "../training/not_trained/reading_polish_builder.jsonl": (93, 34),
    "../training/not_trained/southall_sikh_family.jsonl": (92, 33),
    # six written on 5 December during the session after: kept unread
    "../training/not_trained/accra_returnee_couple.jsonl": (98, 34),
    "../training/not_trained/hamburg_expat_family.jsonl": (97, 33),
    "../training/not_trained/hongkong_flat_family.jsonl": (97, 34),
    "../training/not_trained/leeds_student_house.jsonl": (87, 31),
    "../training/not_trained/louisiana_fishing_camp.jsonl": (92, 32),
    "../training/not_trained/portland_bike_coop.jsonl": (86, 32),
}
KINDS = {"instruction", "question", "no_change"}
TYPES = {
    "store", "move", "take", "return", "use", "discard", "rename", "place",
    "contents", "list_places", "find", "history", "undo", "help", "out",
}  # fmt: skip
KEYS = {"id", "text", "kind", "actions", "tags", "ambiguous"}


@pytest.fixture(params=sorted(SIZES))
def data_file(request: pytest.FixtureRequest) -> str:
    return request.param


def _rows(name: str) -> list[dict]:
    text = (HERE / name).read_text()
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_every_line_is_a_labelled_message(data_file: str) -> None:
    for row in _rows(data_file):
        assert set(row) == KEYS, row
        assert isinstance(row["text"], str) and row["text"].strip(), row
        assert row["kind"] in KINDS, row
        assert isinstance(row["tags"], list), row
        assert isinstance(row["ambiguous"], bool), row
        assert isinstance(row["actions"], list), row
        for action in row["actions"]:
            assert action["type"] in TYPES, row
            for item in action.get("items", []):
                assert set(item) == {"name", "quantity"}, row
                assert item["quantity"] is None or isinstance(item["quantity"], int), row


def test_no_change_messages_expect_nothing(data_file: str) -> None:
    for row in _rows(data_file):
        if row["kind"] == "no_change":
            assert row["actions"] == [], row
        elif not row["actions"]:
            assert "needs_context" in row["tags"], row


def test_ids_and_texts_are_unique(data_file: str) -> None:
    rows = _rows(data_file)
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({row["text"] for row in rows}) == len(rows)


def test_size_and_balance(data_file: str) -> None:
    rows = _rows(data_file)
    least, no_change = SIZES[data_file]
    assert len(rows) >= least
    assert sum(row["kind"] == "no_change" for row in rows) >= no_change
