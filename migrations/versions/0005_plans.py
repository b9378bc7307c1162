"""Distribution plans: presets, plans (revisions), pool lines, channels, recipients,
workflow events and notice objections.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 14:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False)]


def _plan_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f(f'fk_{table}_plan_id_plans'),
                                   ondelete='CASCADE')


def _index_plan_id(table: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f'ix_{table}_plan_id'), ['plan_id'], unique=False)


def upgrade() -> None:
    op.create_table(
        'plan_presets',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=40), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('data', sa.Text(), nullable=False),
        sa.Column('is_default', sa.Boolean(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_presets')),
        sa.UniqueConstraint('code', name=op.f('uq_plan_presets_code')),
    )
    op.create_table(
        'plans',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('village_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('quarter', sa.Integer(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('previous_id', sa.Integer(), nullable=True),
        sa.Column('revision_reason', sa.Text(), nullable=False),
        sa.Column('current', sa.Boolean(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('preset_id', sa.Integer(), nullable=True),
        sa.Column('config', sa.Text(), nullable=False),
        # amounts are scaled integers (fen), see desktop/models/types.py
        sa.Column('pool', sa.BigInteger(), nullable=False),
        sa.Column('allocated', sa.BigInteger(), nullable=False),
        sa.Column('remainder', sa.BigInteger(), nullable=False),
        sa.Column('remainder_channel', sa.String(length=16), nullable=False),
        sa.Column('warnings', sa.Text(), nullable=False),
        sa.Column('problems', sa.Text(), nullable=False),
        sa.Column('computed_at', sa.DateTime(), nullable=True),
        sa.Column('meeting_date', sa.Date(), nullable=True),
        sa.Column('approved_date', sa.Date(), nullable=True),
        sa.Column('filed_date', sa.Date(), nullable=True),
        sa.Column('notice_start', sa.Date(), nullable=True),
        sa.Column('notice_end', sa.Date(), nullable=True),
        sa.Column('payment_date', sa.Date(), nullable=True),
        sa.Column('bank_batch', sa.String(length=60), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(['village_id'], ['regions.id'], name=op.f('fk_plans_village_id_regions')),
        sa.ForeignKeyConstraint(['previous_id'], ['plans.id'], name=op.f('fk_plans_previous_id_plans')),
        sa.ForeignKeyConstraint(['preset_id'], ['plan_presets.id'], name=op.f('fk_plans_preset_id_plan_presets')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plans')),
        sa.UniqueConstraint('village_id', 'year', 'quarter', 'revision',
                            name=op.f('uq_plans_village_id_year_quarter_revision')),
    )
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.create_index('ix_plans_period_status', ['year', 'quarter', 'status'], unique=False)

    op.create_table(
        'plan_pool_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('asset_id', sa.Integer(), nullable=True),
        sa.Column('asset_code', sa.String(length=40), nullable=False),
        sa.Column('net_income', sa.BigInteger(), nullable=False),
        sa.Column('share', sa.BigInteger(), nullable=False),  # hundredths of a percent
        sa.Column('manual', sa.Boolean(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        _plan_fk('plan_pool_lines'),
        sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_plan_pool_lines_asset_id_assets')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_pool_lines')),
    )
    _index_plan_id('plan_pool_lines')

    op.create_table(
        'plan_channels',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('remainder', sa.BigInteger(), nullable=False),
        sa.Column('explanation', sa.Text(), nullable=False),
        _plan_fk('plan_channels'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_channels')),
    )
    _index_plan_id('plan_channels')

    op.create_table(
        'plan_recipients',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('key', sa.String(length=60), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('household_id', sa.Integer(), nullable=True),
        sa.Column('member_id', sa.Integer(), nullable=True),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('weight', sa.String(length=20), nullable=False),
        sa.Column('explanation', sa.Text(), nullable=False),
        sa.Column('paid', sa.Boolean(), nullable=False),
        sa.Column('paid_date', sa.Date(), nullable=True),
        _plan_fk('plan_recipients'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_recipients')),
    )
    _index_plan_id('plan_recipients')
    with op.batch_alter_table('plan_recipients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_recipients_household_id'), ['household_id'], unique=False)

    op.create_table(
        'plan_events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=16), nullable=False),
        sa.Column('target', sa.String(length=16), nullable=False),
        sa.Column('on_date', sa.Date(), nullable=False),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.Column('operator', sa.String(length=60), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        _plan_fk('plan_events'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_events')),
    )
    _index_plan_id('plan_events')

    op.create_table(
        'plan_objections',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('raised_on', sa.Date(), nullable=False),
        sa.Column('raised_by', sa.String(length=60), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('settlement', sa.Text(), nullable=False),
        sa.Column('settled_on', sa.Date(), nullable=True),
        *_stamps(),
        _plan_fk('plan_objections'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_objections')),
    )
    _index_plan_id('plan_objections')


def downgrade() -> None:
    for table in ('plan_objections', 'plan_events', 'plan_recipients', 'plan_channels', 'plan_pool_lines'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == 'plan_recipients':
                batch_op.drop_index(batch_op.f('ix_plan_recipients_household_id'))
            batch_op.drop_index(batch_op.f(f'ix_{table}_plan_id'))
        op.drop_table(table)
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_index('ix_plans_period_status')
    op.drop_table('plans')
    op.drop_table('plan_presets')
